/**
 * An event-sourced complaint workflow after ISO 10002:2018 (GB/T 19012-2019), with the
 * first-question responsibility of course file "All-Staff Service" and the status model of common
 * helpdesks (Zendesk, Zammad, Jira Service Management).
 *
 * <p>A {@link io.github.cx4j.complaints.workflow.Complaint} is the fold of its {@link
 * io.github.cx4j.complaints.workflow.ComplaintEvent}s. {@link
 * io.github.cx4j.complaints.workflow.ComplaintWorkflow#decide} turns a {@link
 * io.github.cx4j.complaints.workflow.ComplaintCommand} into events or a typed rejection; {@link
 * io.github.cx4j.complaints.workflow.ComplaintWorkflow#evolve} applies one event; {@link
 * io.github.cx4j.complaints.workflow.InMemoryEventStore} appends with an expected version.
 * Escalation rules ({@link io.github.cx4j.complaints.workflow.EscalationRules}) are pure functions
 * of state and time, measured by an {@link io.github.cx4j.complaints.workflow.ElapsedTime}. Exports
 * redact personal fields with {@link io.github.cx4j.complaints.workflow.Redaction}.
 *
 * <p><b>How to add a complaint event</b>: add its record to {@link
 * io.github.cx4j.complaints.workflow.ComplaintEvent} (with its JSON type name, never renamed once
 * released) and, if users trigger it, the matching {@link
 * io.github.cx4j.complaints.workflow.ComplaintCommand}; decide it in {@code ComplaintWorkflow}
 * (which commands may produce it in which states, with the rejection reason otherwise) and apply it
 * in {@code ComplaintWorkflow.evolve} / {@code ComplaintFold}; extend the replay property test
 * (fold of the events equals the state) and the JSON round-trip test; add its labels to the {@code
 * messages} bundles and, if it moves an SLA clock, its effect in {@code complaints.sla}.
 */
@CxStyle
@NullMarked
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
