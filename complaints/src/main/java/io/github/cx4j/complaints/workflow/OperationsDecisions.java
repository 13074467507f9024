/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.complaints.workflow.ComplaintWorkflow.Events;
import java.time.Instant;
import java.util.Optional;

/**
 * The decisions of the helpdesk-operations commands (routing, reminders, rule escalations, links,
 * the survey after resolution), kept apart from the ISO 10002 steps in {@link ComplaintWorkflow}.
 */
final class OperationsDecisions {
  private OperationsDecisions() {}

  static Decision route(Complaint c, ComplaintCommand.Route r, Events out, Instant now) {
    Decision notActive = ComplaintWorkflow.requireActive(c, "route");
    if (notActive != null) {
      return notActive;
    }
    Optional<String> subject = c.register().personComplainedAbout();
    if (subject.isPresent() && subject.get().equals(r.assignee().id())) {
      return ComplaintWorkflow.reject(
          RejectionReason.OBJECTIVITY_CONFLICT,
          r.assignee().id() + " is the person complained about in complaint " + c.id());
    }
    if (c.queue().filter(r.queue()::equals).isPresent()
        && c.owner().id().equals(r.assignee().id())) {
      return out.accepted();
    }
    out.add(
        (id, v) ->
            new ComplaintEvent.Routed(id, c.id(), v, now, r.queue(), r.assignee(), r.rule()));
    return out.accepted();
  }

  static Decision sendReminder(
      Complaint c, ComplaintCommand.SendReminder r, Events out, Instant now) {
    if (c.status() != StatusCategory.PENDING) {
      return ComplaintWorkflow.reject(
          RejectionReason.NOT_ALLOWED_IN_STATUS,
          "cannot remind the complainant of complaint "
              + c.id()
              + " while it is "
              + c.status()
              + "; only PENDING complaints wait for them");
    }
    out.add(
        (id, v) ->
            new ComplaintEvent.ReminderSent(id, c.id(), v, now, r.automation(), r.message()));
    return out.accepted();
  }

  static Decision escalateByRule(
      Complaint c, ComplaintCommand.EscalateByRule e, Events out, Instant now) {
    Decision notActive = ComplaintWorkflow.requireActive(c, "escalate");
    if (notActive != null) {
      return notActive;
    }
    if (e.level() <= c.escalationLevel()) {
      return ComplaintWorkflow.reject(
          RejectionReason.ESCALATION_NOT_HIGHER,
          "complaint " + c.id() + " is at level " + c.escalationLevel() + ", asked " + e.level());
    }
    out.add(
        (id, v) ->
            new ComplaintEvent.Escalated(id, c.id(), v, now, e.level(), e.rule(), e.reason()));
    return out.accepted();
  }

  static Decision linkRelated(
      Complaint c, ComplaintCommand.LinkRelated l, Events out, Instant now) {
    if (l.related().equals(c.id())) {
      return ComplaintWorkflow.reject(
          RejectionReason.MERGE_INTO_SELF, "complaint " + c.id() + " cannot be related to itself");
    }
    if (c.related().contains(l.related())) {
      return out.accepted();
    }
    out.add((id, v) -> new ComplaintEvent.RelatedLinked(id, c.id(), v, now, l.by(), l.related()));
    return out.accepted();
  }

  static Decision recordMergeReceived(
      Complaint c, ComplaintCommand.RecordMergeReceived m, Events out, Instant now) {
    Decision notActive = ComplaintWorkflow.requireActive(c, "merge into");
    if (notActive != null) {
      return notActive;
    }
    if (m.from().equals(c.id())) {
      return ComplaintWorkflow.reject(
          RejectionReason.MERGE_INTO_SELF, "complaint " + c.id() + " cannot be merged into itself");
    }
    if (c.mergedFrom().contains(m.from())) {
      return out.accepted();
    }
    out.add(
        (id, v) ->
            new ComplaintEvent.MergeReceived(id, c.id(), v, now, m.by(), m.from(), m.openClocks()));
    return out.accepted();
  }

  static Decision scheduleSurvey(
      Complaint c, ComplaintCommand.ScheduleSurvey s, Events out, Instant now) {
    StatusCategory status = c.status();
    if (status != StatusCategory.SOLVED && status != StatusCategory.CLOSED) {
      return ComplaintWorkflow.reject(
          RejectionReason.NOT_SOLVED,
          "complaint " + c.id() + " is " + status + "; a survey follows resolution");
    }
    Optional<SurveyState> survey = c.survey();
    if (survey.isPresent() && survey.get().status() != SurveyState.Status.INVALIDATED) {
      return out.accepted();
    }
    out.add((id, v) -> new ComplaintEvent.SurveyDue(id, c.id(), v, now, s.scale()));
    return out.accepted();
  }

  static Decision answerSurvey(
      Complaint c, ComplaintCommand.AnswerSurvey a, Events out, Instant now) {
    Optional<SurveyState> survey = c.survey();
    if (survey.isEmpty() || survey.get().status() != SurveyState.Status.DUE) {
      return ComplaintWorkflow.reject(
          RejectionReason.NOT_ALLOWED_IN_STATUS,
          "complaint "
              + c.id()
              + " has no survey waiting for an answer (survey: "
              + survey.map(x -> x.status().name()).orElse("none")
              + ")");
    }
    SurveyState due = survey.get();
    if (!due.scale().contains(a.score())) {
      return ComplaintWorkflow.reject(
          RejectionReason.NOT_ALLOWED_IN_STATUS,
          "survey score " + a.score() + " of complaint " + c.id() + " is outside " + due.scale());
    }
    out.add(
        (id, v) ->
            new ComplaintEvent.SurveyAnswered(
                id, c.id(), v, now, a.score(), due.scale(), a.reason()));
    return out.accepted();
  }
}
