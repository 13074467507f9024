/**
 * Internal helpers shared by the cx4j modules: bundle texts beyond label and description, argument
 * checks, and the one copy of the statistics every module needs (the Wilson interval {@link
 * io.github.cx4j.core.internal.Intervals}, the Student-t {@link
 * io.github.cx4j.core.internal.StudentT}, type-7 percentiles {@link
 * io.github.cx4j.core.internal.Percentiles}, half-to-even {@link
 * io.github.cx4j.core.internal.Rounding}). Not an API: exported only to the sibling modules, it may
 * change in any release.
 */
@NullMarked
package io.github.cx4j.core.internal;

import org.jspecify.annotations.NullMarked;
