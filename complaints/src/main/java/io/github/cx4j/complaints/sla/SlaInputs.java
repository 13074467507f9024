/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.complaints.workflow.Classification;
import io.github.cx4j.complaints.workflow.Complaint;
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
import java.util.Optional;

/**
 * The adapter from the complaint workflow's events ({@link ComplaintEvent}) to the clock input
 * ({@link SlaCase}), so that a clock is a pure function of (policy version, calendar, the
 * complaint's events, now).
 *
 * <p>The events are folded with {@link ComplaintWorkflow#evolve}; every change of the status
 * category becomes a {@link SlaFact.StatusChange} and every change of the assessed priority a
 * {@link SlaFact.PriorityChange}. {@code AgentResponded} is a public reply written by a person;
 * {@code CustomerReplied} a requester message; {@code Acknowledged}, the formal acknowledgement of
 * receipt of ISO 10002 (clause 7.3), is an acknowledgement template: public, automatic, not a
 * personal reply, so under the default rules it satisfies ACKNOWLEDGEMENT but not FIRST_RESPONSE.
 * Priorities map CRITICAL to URGENT, HIGH to HIGH, MEDIUM to NORMAL, LOW and PLANNING to LOW; a
 * complaint is NORMAL until it is assessed. Within one instant, status and priority changes come
 * before messages, so a customer reply that reopens a solved complaint belongs to the new cycle.
 * The attributes {@code channel}, {@code team} (the department of the receiving employee), {@code
 * severity} and, once assessed, {@code category} are filled in for policy conditions.
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
    Complaint state = ComplaintWorkflow.evolve(Optional.empty(), received);
    Map<String, String> derived = new HashMap<>();
    derived.put("channel", received.register().channel().code());
    derived.put("severity", received.register().severity().name());
    derived.put("team", received.receivedBy().department());
    SlaPriority priority = SlaPriority.NORMAL;
    SlaStatus status = status(state.status());
    List<SlaFact> facts = new ArrayList<>();
    if (status != SlaStatus.NEW) {
      facts.add(new SlaFact.StatusChange(received.at(), status));
    }
    // messages wait until every status and priority change of the same instant is recorded: a
    // customer reply that reopens a solved complaint is a message of the new cycle
    List<SlaFact> messages = new ArrayList<>();
    for (ComplaintEvent event : events.subList(1, events.size())) {
      state = ComplaintWorkflow.evolve(state, event);
      Instant at = event.at();
      if (!messages.isEmpty() && !messages.get(0).at().equals(at)) {
        facts.addAll(messages);
        messages.clear();
      }
      SlaStatus next = status(state.status());
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
      }
      Optional<Classification> classification = state.classification();
      if (classification.isPresent()) {
        derived.put("category", classification.get().category());
        SlaPriority assessed = priority(classification.get().priority());
        if (assessed != priority) {
          priority = assessed;
          facts.add(new SlaFact.PriorityChange(at, assessed));
        }
      }
    }
    facts.addAll(messages);
    derived.putAll(attributes);
    return new SlaCase(
        received.complaintId().value(), received.at(), SlaPriority.NORMAL, derived, facts);
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
