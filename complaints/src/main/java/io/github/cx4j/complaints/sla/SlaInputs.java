/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.complaints.workflow.Classification;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Priority;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter from the complaint workflow's events ({@link ComplaintEvent}) to the clock input
 * ({@link SlaCase}), so that a clock is a pure function of (policy version, calendar, the
 * complaint's events, now).
 *
 * <p>A pure mapping, one pass over the events without folding them into states (so it costs a few
 * allocations per event): every change of the status category, as {@link ComplaintWorkflow#evolve}
 * moves it, becomes a {@link SlaFact.StatusChange}, and every change of the assessed priority a
 * {@link SlaFact.PriorityChange}.
 *
 * <table>
 * <caption>From complaint events to SLA facts</caption>
 * <tr><th>event</th><th>SLA fact</th></tr>
 * <tr><td>Received</td><td>creation: the clocks start (status NEW, priority NORMAL)</td></tr>
 * <tr><td>Acknowledged</td><td>automatic public message; NEW becomes OPEN</td></tr>
 * <tr><td>AgentResponded</td><td>public message by a person (first / next response)</td></tr>
 * <tr><td>CustomerReplied</td><td>requester message (starts next response)</td></tr>
 * <tr><td>StatusChanged to PENDING / ON_HOLD</td><td>status change: pauses per policy</td></tr>
 * <tr><td>StatusChanged to OPEN</td><td>status change: resumes</td></tr>
 * <tr><td>Solved / Closed / Merged</td><td>status change: stops the clocks</td></tr>
 * <tr><td>Reopened</td><td>status change to OPEN: a new cycle per the reopen mode</td></tr>
 * <tr><td>Assessed</td><td>priority change when the assessed priority differs</td></tr>
 * <tr><td>MergeReceived</td><td>a moved deadline per clock still running on the merged
 *     complaint (see {@link SlaClocks})</td></tr>
 * <tr><td>other events</td><td>none</td></tr>
 * </table>
 *
 * {@code AgentResponded} is a public reply written by a person; {@code CustomerReplied} a requester
 * message; {@code Acknowledged}, the formal acknowledgement of receipt of ISO 10002 (clause 7.3),
 * is an acknowledgement template: public, automatic, not a personal reply, so under the default
 * rules it satisfies ACKNOWLEDGEMENT but not FIRST_RESPONSE. Priorities map CRITICAL to URGENT,
 * HIGH to HIGH, MEDIUM to NORMAL, LOW and PLANNING to LOW; a complaint is NORMAL until it is
 * assessed. Within one instant, status and priority changes come before messages, so a customer
 * reply that reopens a solved complaint belongs to the new cycle. The attributes {@code channel},
 * {@code team} (the department of the receiving employee), {@code severity} and, once assessed,
 * {@code category} are filled in for policy conditions.
 */
public final class SlaInputs {
  private SlaInputs() {}

  /**
   * Builds the clock input of one complaint from its events.
   *
   * @param events the complaint's events in version order, starting with {@code Received}
   * @param attributes extra attributes for policy conditions (they override derived ones)
   * @return the clock input
   * @throws CxValidationException if there are no events or they do not form one complaint's
   *     history
   */
  public static SlaCase fromEvents(
      List<? extends ComplaintEvent> events, Map<String, String> attributes) {
    if (events.isEmpty() || !(events.get(0) instanceof ComplaintEvent.Received received)) {
      throw CxValidationException.of(
          "SlaInputs.events",
          "start with a Received event",
          events.isEmpty() ? events : events.get(0));
    }
    String category = null;
    SlaPriority priority = SlaPriority.NORMAL;
    SlaStatus status = SlaStatus.NEW;
    List<SlaFact> facts = new ArrayList<>();
    // messages wait until every status and priority change of the same instant is recorded: a
    // customer reply that reopens a solved complaint is a message of the new cycle
    List<SlaFact> messages = new ArrayList<>();
    long version = 1;
    for (ComplaintEvent event : events.subList(1, events.size())) {
      if (!event.complaintId().equals(received.complaintId()) || event.version() != ++version) {
        throw CxValidationException.of(
            "SlaInputs.events",
            "be the versions 1, 2, ... of complaint " + received.complaintId(),
            event.complaintId() + " version " + event.version());
      }
      Instant at = event.at();
      if (!messages.isEmpty() && !messages.get(0).at().equals(at)) {
        facts.addAll(messages);
        messages.clear();
      }
      SlaStatus next = next(status, event);
      if (next != status) {
        status = next;
        facts.add(new SlaFact.StatusChange(at, next));
      }
      if (event instanceof ComplaintEvent.AgentResponded) {
        messages.add(SlaFact.Message.agentReply(at));
      } else if (event instanceof ComplaintEvent.CustomerReplied) {
        messages.add(SlaFact.Message.requester(at));
      } else if (event instanceof ComplaintEvent.Acknowledged) {
        messages.add(new SlaFact.Message(at, Author.AGENT, true, false, true));
      } else if (event instanceof ComplaintEvent.MergeReceived m) {
        String from = m.from().value();
        m.openClocks()
            .forEach((target, due) -> facts.add(new SlaFact.MovedDeadline(at, target, due, from)));
      } else if (event instanceof ComplaintEvent.Assessed a) {
        Classification classification = a.classification();
        category = classification.category();
        SlaPriority assessed = priority(classification.priority());
        if (assessed != priority) {
          priority = assessed;
          facts.add(new SlaFact.PriorityChange(at, assessed));
        }
      }
    }
    facts.addAll(messages);
    return new SlaCase(
        received.complaintId().value(),
        received.at(),
        SlaPriority.NORMAL,
        attributes(received, category, attributes),
        facts);
  }

  /** The derived attributes, overridden by the given ones; built once, in its final form. */
  private static Map<String, String> attributes(
      ComplaintEvent.Received received,
      @org.jspecify.annotations.Nullable String category,
      Map<String, String> given) {
    String channel = received.register().channel().code();
    String severity = received.register().severity().name();
    String team = received.receivedBy().department();
    if (given.isEmpty()) {
      return category == null
          ? Map.of("channel", channel, "severity", severity, "team", team)
          : Map.of("channel", channel, "severity", severity, "team", team, "category", category);
    }
    Map<String, String> derived = new HashMap<>();
    derived.put("channel", channel);
    derived.put("severity", severity);
    derived.put("team", team);
    if (category != null) {
      derived.put("category", category);
    }
    derived.putAll(given);
    return derived;
  }

  /** The status after an event, as the workflow's fold moves it (see {@code ComplaintFold}). */
  private static SlaStatus next(SlaStatus status, ComplaintEvent event) {
    if (event instanceof ComplaintEvent.Acknowledged) {
      return status == SlaStatus.NEW ? SlaStatus.OPEN : status;
    } else if (event instanceof ComplaintEvent.StatusChanged s) {
      return status(s.to().category());
    } else if (event instanceof ComplaintEvent.Solved) {
      return SlaStatus.SOLVED;
    } else if (event instanceof ComplaintEvent.Closed) {
      return SlaStatus.CLOSED;
    } else if (event instanceof ComplaintEvent.Reopened) {
      return SlaStatus.OPEN;
    } else if (event instanceof ComplaintEvent.Merged) {
      return SlaStatus.MERGED;
    }
    return status;
  }

  /**
   * The SLA status of a workflow status category (the same seven categories).
   *
   * @param category the workflow's category
   * @return the SLA status
   */
  public static SlaStatus status(StatusCategory category) {
    return SlaStatus.valueOf(category.name());
  }

  /**
   * The SLA priority of a workflow priority.
   *
   * @param priority the workflow's priority
   * @return URGENT, HIGH, NORMAL or LOW
   */
  public static SlaPriority priority(Priority priority) {
    switch (priority) {
      case CRITICAL:
        return SlaPriority.URGENT;
      case HIGH:
        return SlaPriority.HIGH;
      case MEDIUM:
        return SlaPriority.NORMAL;
      default:
        return SlaPriority.LOW;
    }
  }
}
