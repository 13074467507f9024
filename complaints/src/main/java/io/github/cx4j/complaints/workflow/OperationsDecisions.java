/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow.Events;
import io.github.cx4j.core.CxJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The decisions of the helpdesk-operations commands (routing, reminders, rule escalations, links,
 * the survey after resolution), kept apart from the ISO 10002 steps in {@link ComplaintWorkflow}.
 */
final class OperationsDecisions {
  private static final ObjectMapper JSON = CxJson.mapper();

  /**
   * The events a split may move: the conversation and what was offered in it. Steps of the workflow
   * (acknowledgement, status changes, solving, hand-overs, links, surveys) stay where they
   * happened.
   */
  static final Set<Class<? extends ComplaintEvent>> MOVABLE =
      Set.of(
          ComplaintEvent.CustomerReplied.class,
          ComplaintEvent.AgentResponded.class,
          ComplaintEvent.CustomerStateRecognised.class,
          ComplaintEvent.RemedyProvided.class,
          ComplaintEvent.Assessed.class);

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

  static Decision split(Complaint c, ComplaintCommand.Split s, Events out, Instant now) {
    if (s.into().equals(c.id())) {
      return ComplaintWorkflow.reject(
          RejectionReason.INVALID_SPLIT, "complaint " + c.id() + " cannot be split into itself");
    }
    if (c.splitInto().contains(s.into())) {
      return out.accepted();
    }
    if (s.movedVersions().isEmpty()) {
      return ComplaintWorkflow.reject(
          RejectionReason.INVALID_SPLIT,
          "a split of complaint " + c.id() + " must move at least one event");
    }
    long previous = 1;
    for (long v : s.movedVersions()) {
      if (v <= previous || v > c.version()) {
        return ComplaintWorkflow.reject(
            RejectionReason.INVALID_SPLIT,
            "moved versions of complaint "
                + c.id()
                + " must increase within 2.."
                + c.version()
                + ", was "
                + s.movedVersions());
      }
      previous = v;
    }
    out.add(
        (id, v) ->
            new ComplaintEvent.SplitOff(
                id, c.id(), v, now, s.by(), s.into(), s.moved(), s.movedVersions()));
    return out.accepted();
  }

  static Decision receiveSplit(ComplaintCommand.ReceiveSplit r, Instant now) {
    ComplaintId id = r.complaintId();
    List<ComplaintEvent> given = r.events();
    if (id.equals(r.from())) {
      return ComplaintWorkflow.reject(
          RejectionReason.INVALID_SPLIT, "complaint " + id + " cannot be split from itself");
    }
    if (given.size() < 2 || !(given.get(0) instanceof ComplaintEvent.Received receipt)) {
      return ComplaintWorkflow.reject(
          RejectionReason.INVALID_SPLIT,
          "a split of complaint "
              + r.from()
              + " takes its receipt and at least one more event, got "
              + given.size()
              + " event(s)");
    }
    long previous = 0;
    for (ComplaintEvent e : given) {
      if (!e.complaintId().equals(r.from()) || e.version() <= previous) {
        return ComplaintWorkflow.reject(
            RejectionReason.INVALID_SPLIT,
            "the events of a split must be complaint "
                + r.from()
                + "'s in version order, got "
                + e.complaintId()
                + " version "
                + e.version());
      }
      if (previous > 0 && !MOVABLE.contains(e.getClass())) {
        return ComplaintWorkflow.reject(
            RejectionReason.INVALID_SPLIT,
            "version "
                + e.version()
                + " of complaint "
                + r.from()
                + " ("
                + e.getClass().getSimpleName()
                + ") cannot move; a split moves customer replies, agent responses, recognised"
                + " customer states, remedies and assessments");
      }
      if (e.at().isAfter(now)) {
        return ComplaintWorkflow.reject(
            RejectionReason.TIME_BEFORE_LAST_EVENT,
            "time " + now + " is before the moved event at " + e.at());
      }
      previous = e.version();
    }
    List<ComplaintEvent> events = new ArrayList<>(given.size() + 1);
    events.add(
        new ComplaintEvent.Received(
            ComplaintEvent.idFor(id, 1, "split-of#" + receipt.id()),
            id,
            1,
            receipt.at(),
            receipt.customer(),
            receipt.receivedBy(),
            receipt.register(),
            Optional.empty()));
    boolean acknowledged = false;
    for (ComplaintEvent e : given.subList(1, given.size())) {
      if (!acknowledged
          && (e instanceof ComplaintEvent.AgentResponded || e instanceof ComplaintEvent.Assessed)) {
        // a response or an assessment needs an acknowledged complaint: the split acknowledges it
        long v = events.size() + 1L;
        events.add(
            new ComplaintEvent.Acknowledged(
                ComplaintEvent.idFor(id, v, "split-ack#" + r.from()), id, v, e.at(), r.by()));
        acknowledged = true;
      }
      long v = events.size() + 1L;
      events.add(copied(e, id, v, ComplaintEvent.idFor(id, v, "split-copy#" + e.id())));
    }
    long last = events.size() + 1L;
    events.add(
        new ComplaintEvent.SplitFrom(
            ComplaintEvent.idFor(id, last, "split-from#" + r.from()),
            id,
            last,
            now,
            r.by(),
            r.from()));
    return new Decision.Accepted(events);
  }

  /**
   * An event copied to another complaint: same type, time and fields; a new id, complaint and
   * version.
   *
   * @param e the event
   * @param complaintId the complaint it is copied to
   * @param version its version there
   * @param id its id there
   * @return the copy
   */
  static ComplaintEvent copied(ComplaintEvent e, ComplaintId complaintId, long version, UUID id) {
    ObjectNode node = JSON.valueToTree(e);
    node.put("id", id.toString());
    node.put("complaintId", complaintId.value());
    node.put("version", version);
    try {
      return JSON.treeToValue(node, ComplaintEvent.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("cannot copy " + e.getClass().getSimpleName(), ex);
    }
  }
}
