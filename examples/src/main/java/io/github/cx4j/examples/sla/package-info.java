/**
 * The {@code cx4j sla} command ({@code due}, {@code between}) over the business calendars of {@link
 * io.github.cx4j.complaints.sla}, and the tour chapter on SLA clocks.
 */
@NullMarked
package io.github.cx4j.examples.sla;

import org.jspecify.annotations.NullMarked;
