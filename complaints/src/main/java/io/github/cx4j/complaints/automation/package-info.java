/**
 * Automations as data, evaluated by a pure function: an {@link
 * io.github.cx4j.complaints.automation.Automation} pairs a trigger (status conditions and a delay
 * since an anchor event, in calendar or business time, or a warning level of an SLA clock) with an
 * action (a command). {@link io.github.cx4j.complaints.automation.AutomationEngine#due} gives, for
 * a complaint's state at an instant, the commands due and the next instant anything will be due, so
 * that a scheduler can sleep until then; there are no threads and no clocks read here.
 *
 * <p>The three standard automations are the ones every helpdesk ships (Zendesk's "close ticket 4
 * days after status is set to solved", Zammad's pending reminders, escalation on SLA warnings):
 * close a solved complaint after 7 days, remind a pending complainant every 3 business days,
 * escalate when an SLA clock reaches a warning level ({@link io.github.cx4j.complaints.timely}).
 * The survey after resolution ({@code complaints.survey}) is a fourth one.
 *
 * <p>Evaluating the due commands, applying them and evaluating again at the same instant yields
 * nothing: every action changes the state its trigger reads (a close, a reminder's time, an
 * escalation level, a survey).
 */
@NullMarked
package io.github.cx4j.complaints.automation;

import org.jspecify.annotations.NullMarked;
