/**
 * SLA clocks on business calendars: when is a complaint's response or resolution due, how much
 * business time is left, and why.
 *
 * <p>Entry points: {@link io.github.cx4j.complaints.sla.BusinessCalendar} (add business time to an
 * instant, business time between instants, open at, next opening, explanations; JSON form read by
 * {@code cx4j sla}), {@link io.github.cx4j.complaints.sla.HolidaySource} with the bundled {@link
 * io.github.cx4j.complaints.sla.ChinaHolidays} schedule, {@link
 * io.github.cx4j.complaints.sla.SlaPolicy} and {@link io.github.cx4j.complaints.sla.SlaClocks} (the
 * clock engine: a pure function of policy version, calendar, a complaint's timed facts and now).
 *
 * <p>Timeliness ("respond at once, act, escalate when needed, keep the customer informed") is the
 * fifth complaint-handling principle of course file "Customer Relationship Management" and a
 * guiding principle of ISO 10002:2018 (clause 4.6, responsiveness). Metric names follow helpdesk
 * practice (first reply, next reply, periodic update, requester wait, agent work time, resolution).
 */
@CxStyle
@NullMarked
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
