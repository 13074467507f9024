/**
 * Numerical machinery shared by the scoring packages: checked confidence levels and their normal
 * and Student-t critical values ({@link io.github.cx4j.scoring.internal.Stats}) and the one
 * Cholesky decomposition ({@link io.github.cx4j.scoring.internal.Cholesky}). Wilson intervals,
 * percentiles and the Student-t itself live in {@code cx4j-core}'s internal package. Not part of
 * the API: it may change without notice.
 */
@NullMarked
package io.github.cx4j.scoring.internal;

import org.jspecify.annotations.NullMarked;
