/**
 * An event-sourced complaint workflow after ISO 10002:2018 (GB/T 19012-2019), with the
 * first-question responsibility of source file 004 and the status model of common helpdesks
 * (Zendesk, Zammad, Jira Service Management).
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
 */
@CxStyle
@NullMarked
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
