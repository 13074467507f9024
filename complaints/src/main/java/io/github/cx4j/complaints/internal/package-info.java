/**
 * Numerical machinery shared by the complaints packages (Student's t distribution, percentiles).
 * Not API: it may change without notice.
 */
@NullMarked
package io.github.cx4j.complaints.internal;

import org.jspecify.annotations.NullMarked;
