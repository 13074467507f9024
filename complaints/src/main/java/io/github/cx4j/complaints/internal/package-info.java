/**
 * Machinery shared by the complaints packages (a primitive long-to-long hash map for grouping). Not
 * API: it may change without notice.
 */
@NullMarked
package io.github.cx4j.complaints.internal;

import org.jspecify.annotations.NullMarked;
