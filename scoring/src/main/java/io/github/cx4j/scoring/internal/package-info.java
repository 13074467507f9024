/**
 * Numerical machinery shared by the scoring packages (quantiles of the normal and t distributions,
 * Wilson intervals, percentiles, checks). Not part of the API: it may change without notice.
 */
@NullMarked
package io.github.cx4j.scoring.internal;

import org.jspecify.annotations.NullMarked;
