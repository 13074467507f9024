/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * A timed fact about a complaint that SLA clocks react to: the engine's own small input model, so
 * that clocks do not depend on how a workflow stores its events. {@link SlaInputs} builds these
 * facts from the complaint workflow's events.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SlaFact.StatusChange.class, name = "status"),
  @JsonSubTypes.Type(value = SlaFact.Message.class, name = "message"),
  @JsonSubTypes.Type(value = SlaFact.PriorityChange.class, name = "priority"),
  @JsonSubTypes.Type(value = SlaFact.MovedDeadline.class, name = "moved-deadline")
})
public sealed interface SlaFact {

  /**
   * When the fact happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The complaint moved to a status category. Leaving SOLVED, CLOSED or MERGED for another category
   * is a reopen.
   *
   * @param at when
   * @param status the new category
   */
  record StatusChange(Instant at, SlaStatus status) implements SlaFact {}

  /**
   * A message on the complaint. Whether it counts as a response is the policy's {@link
   * ResponseRule}.
   *
   * @param at when it was sent
   * @param author who wrote it
   * @param isPublic visible to the requester (not an internal note)
   * @param human written by a person
   * @param automatic sent by an automation (an auto-acknowledgement, a macro fired by a trigger)
   */
  record Message(Instant at, Author author, boolean isPublic, boolean human, boolean automatic)
      implements SlaFact {

    /**
     * A public message written by an agent, neither automatic nor internal.
     *
     * @param at when
     * @return the message
     */
    public static Message agentReply(Instant at) {
      return new Message(at, Author.AGENT, true, true, false);
    }

    /**
     * A message from the requester.
     *
     * @param at when
     * @return the message
     */
    public static Message requester(Instant at) {
      return new Message(at, Author.REQUESTER, true, true, false);
    }

    /**
     * An automatic public acknowledgement sent by the system.
     *
     * @param at when
     * @return the message
     */
    public static Message autoAcknowledgement(Instant at) {
      return new Message(at, Author.SYSTEM, true, false, true);
    }
  }

  /**
   * The priority changed.
   *
   * @param at when
   * @param priority the new priority
   */
  record PriorityChange(Instant at, SlaPriority priority) implements SlaFact {}

  /**
   * A complaint merged into this one had a clock of the same target running, due at {@code due}:
   * the clock open here takes over the smaller remaining time (see {@link SlaClocks}).
   *
   * @param at when the merge was recorded here
   * @param target the clock's target name (a metric code or a regulatory clock's name)
   * @param due the merged complaint's due instant for that target
   * @param from the merged complaint's id
   */
  record MovedDeadline(Instant at, String target, Instant due, String from) implements SlaFact {}
}
