/**
 * One notion of "timely" for the whole complaint layer: a complaint is timely while its SLA clocks
 * (the mapping of {@link io.github.cx4j.complaints.sla.SlaMonitor}) are within their targets, and
 * warning levels name the share of a target used before a breach (75% is the common first warning;
 * 100% is the breach). Escalation automations ({@code complaints.automation}), the principle check
 * ({@code complaints.handling.PrincipleCheck}) and the KPIs all read these verdicts instead of
 * limits of their own.
 */
@NullMarked
package io.github.cx4j.complaints.timely;

import org.jspecify.annotations.NullMarked;
