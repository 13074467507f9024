/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.CustomerCue;
import io.github.cx4j.core.concept.CustomerState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened to a complaint. The set is closed; each event carries its id, the
 * complaint's id, the complaint's version after the event (1 for {@link Received}, then +1 per
 * event) and the instant it happened. JSON names the type in the property {@code "type"} with the
 * explicit names given below, which never change once released.
 *
 * <p>Events are produced by {@link ComplaintWorkflow#decide} and applied by {@link
 * ComplaintWorkflow#evolve}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ComplaintEvent.Received.class, name = "received"),
  @JsonSubTypes.Type(value = ComplaintEvent.Acknowledged.class, name = "acknowledged"),
  @JsonSubTypes.Type(value = ComplaintEvent.Assessed.class, name = "assessed"),
  @JsonSubTypes.Type(
      value = ComplaintEvent.InvestigatorAssigned.class,
      name = "investigator-assigned"),
  @JsonSubTypes.Type(value = ComplaintEvent.Investigated.class, name = "investigated"),
  @JsonSubTypes.Type(value = ComplaintEvent.HandoverRequested.class, name = "handover-requested"),
  @JsonSubTypes.Type(value = ComplaintEvent.HandoverAccepted.class, name = "handover-accepted"),
  @JsonSubTypes.Type(value = ComplaintEvent.HandoverDeclined.class, name = "handover-declined"),
  @JsonSubTypes.Type(value = ComplaintEvent.AgentResponded.class, name = "agent-responded"),
  @JsonSubTypes.Type(value = ComplaintEvent.CustomerReplied.class, name = "customer-replied"),
  @JsonSubTypes.Type(value = ComplaintEvent.StatusChanged.class, name = "status-changed"),
  @JsonSubTypes.Type(value = ComplaintEvent.Solved.class, name = "solved"),
  @JsonSubTypes.Type(value = ComplaintEvent.Closed.class, name = "closed"),
  @JsonSubTypes.Type(value = ComplaintEvent.Reopened.class, name = "reopened"),
  @JsonSubTypes.Type(value = ComplaintEvent.FollowUpLinked.class, name = "follow-up-linked"),
  @JsonSubTypes.Type(value = ComplaintEvent.Merged.class, name = "merged"),
  @JsonSubTypes.Type(value = ComplaintEvent.RemedyProvided.class, name = "remedy-provided"),
  @JsonSubTypes.Type(
      value = ComplaintEvent.SatisfactionRecorded.class,
      name = "satisfaction-recorded"),
  @JsonSubTypes.Type(value = ComplaintEvent.Escalated.class, name = "escalated"),
  @JsonSubTypes.Type(
      value = ComplaintEvent.CustomerStateRecognised.class,
      name = "customer-state-recognised"),
  @JsonSubTypes.Type(value = ComplaintEvent.Routed.class, name = "routed"),
  @JsonSubTypes.Type(value = ComplaintEvent.ReminderSent.class, name = "reminder-sent"),
  @JsonSubTypes.Type(value = ComplaintEvent.SplitOff.class, name = "split-off"),
  @JsonSubTypes.Type(value = ComplaintEvent.SplitFrom.class, name = "split-from"),
  @JsonSubTypes.Type(value = ComplaintEvent.MergeReceived.class, name = "merge-received"),
  @JsonSubTypes.Type(value = ComplaintEvent.RelatedLinked.class, name = "related-linked"),
  @JsonSubTypes.Type(value = ComplaintEvent.SurveyDue.class, name = "survey-due"),
  @JsonSubTypes.Type(value = ComplaintEvent.SurveyAnswered.class, name = "survey-answered"),
  @JsonSubTypes.Type(value = ComplaintEvent.SurveyInvalidated.class, name = "survey-invalidated")
})
public sealed interface ComplaintEvent {

  /**
   * The event's unique id; applying an event whose id was applied before changes nothing.
   *
   * @return the id
   */
  UUID id();

  /**
   * The complaint the event belongs to.
   *
   * @return the complaint id
   */
  ComplaintId complaintId();

  /**
   * The complaint's version after this event: 1 for the first event, then consecutive.
   *
   * @return the version, at least 1
   */
  long version();

  /**
   * When the event happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * A name-based UUID of the complaint id and the version, for events built by hand (tests,
   * imports). {@link ComplaintWorkflow#decide} uses {@link #idFor(ComplaintId, long, String)}.
   *
   * @param complaintId the complaint
   * @param version the version the event creates
   * @return the id
   */
  static UUID idFor(ComplaintId complaintId, long version) {
    return idFor(complaintId, version, "");
  }

  /**
   * The deterministic id of an event: a name-based (type 3) UUID of the complaint id, the version
   * and a discriminator. The workflow uses the command and its time as the discriminator, so that
   * deciding the same command on the same state at the same time yields the same ids (a retry,
   * which the store recognises), while different commands racing for the same version get different
   * ids (a conflict, which the store rejects).
   *
   * @param complaintId the complaint
   * @param version the version the event creates
   * @param discriminator what distinguishes this event from others at the same version
   * @return the id
   */
  static UUID idFor(ComplaintId complaintId, long version, String discriminator) {
    return UUID.nameUUIDFromBytes(
        (complaintId.value() + "#" + version + "#" + discriminator)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void header(
      UUID id, ComplaintId complaintId, long version, Instant at, String type) {
    if (id != null && complaintId != null && version >= 1 && at != null) {
      // the common case builds no field names: a replay constructs a million events
      return;
    }
    Checks.present(id, type + ".id");
    Checks.present(complaintId, type + ".complaintId");
    Checks.positive(version, type + ".version");
    Checks.present(at, type + ".at");
  }

  /**
   * The complaint was received and registered (ISO 10002:2018 clause 8.2). The receiver becomes the
   * first-question owner (course file "All-Staff Service").
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param customer the complaining customer
   * @param receivedBy the first employee who received it; stays accountable
   * @param register the register fields
   * @param followUpOf the earlier complaint this one follows up, if any
   */
  record Received(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      CustomerId customer,
      Employee receivedBy,
      Register register,
      Optional<ComplaintId> followUpOf)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Received {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Received");
      Checks.present(customer, "ComplaintEvent.Received.customer");
      Checks.present(receivedBy, "ComplaintEvent.Received.receivedBy");
      Checks.present(register, "ComplaintEvent.Received.register");
      followUpOf = Checks.optional(followUpOf);
      if (version != 1) {
        throw CxValidationException.of("ComplaintEvent.Received.version", "be 1", version);
      }
    }
  }

  /**
   * Receipt was acknowledged to the complainant (clause 8.4).
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who acknowledged
   */
  record Acknowledged(UUID id, ComplaintId complaintId, long version, Instant at, Employee by)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Acknowledged {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Acknowledged");
      Checks.present(by, "ComplaintEvent.Acknowledged.by");
    }
  }

  /**
   * The initial assessment classified the complaint (clause 8.5).
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who assessed
   * @param classification category, root cause and priority
   */
  record Assessed(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee by,
      Classification classification)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Assessed {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Assessed");
      Checks.present(by, "ComplaintEvent.Assessed.by");
      Checks.present(classification, "ComplaintEvent.Assessed.classification");
    }
  }

  /**
   * An investigator was assigned; never the person complained about (clause 5.4).
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who assigned
   * @param investigator the investigator
   */
  record InvestigatorAssigned(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee by,
      Employee investigator)
      implements ComplaintEvent {
    /** Checks the fields. */
    public InvestigatorAssigned {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.InvestigatorAssigned");
      Checks.present(by, "ComplaintEvent.InvestigatorAssigned.by");
      Checks.present(investigator, "ComplaintEvent.InvestigatorAssigned.investigator");
    }
  }

  /**
   * The investigation's findings were recorded (clause 8.6).
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who recorded them
   * @param findings the findings
   */
  record Investigated(
      UUID id, ComplaintId complaintId, long version, Instant at, Employee by, String findings)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Investigated {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Investigated");
      Checks.present(by, "ComplaintEvent.Investigated.by");
      Checks.present(findings, "ComplaintEvent.Investigated.findings");
    }
  }

  /**
   * The owner asked another employee to take the complaint over; it stays with the owner until
   * accepted.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param from the current owner
   * @param to the proposed new owner
   * @param reason why
   */
  record HandoverRequested(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee from,
      Employee to,
      String reason)
      implements ComplaintEvent {
    /** Checks the fields. */
    public HandoverRequested {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.HandoverRequested");
      Checks.present(from, "ComplaintEvent.HandoverRequested.from");
      Checks.present(to, "ComplaintEvent.HandoverRequested.to");
      Checks.present(reason, "ComplaintEvent.HandoverRequested.reason");
    }
  }

  /**
   * The receiver accepted a hand-over and became the owner.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param from the previous owner
   * @param to the new owner
   * @param bounce whether the complaint returned to a department it had already left
   */
  record HandoverAccepted(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee from,
      Employee to,
      boolean bounce)
      implements ComplaintEvent {
    /** Checks the fields. */
    public HandoverAccepted {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.HandoverAccepted");
      Checks.present(from, "ComplaintEvent.HandoverAccepted.from");
      Checks.present(to, "ComplaintEvent.HandoverAccepted.to");
    }
  }

  /**
   * The receiver declined a hand-over; the complaint stays with its owner and the bounce counts.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param from the owner who asked
   * @param to the employee who declined
   * @param reason why
   */
  record HandoverDeclined(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee from,
      Employee to,
      String reason)
      implements ComplaintEvent {
    /** Checks the fields. */
    public HandoverDeclined {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.HandoverDeclined");
      Checks.present(from, "ComplaintEvent.HandoverDeclined.from");
      Checks.present(to, "ComplaintEvent.HandoverDeclined.to");
      Checks.present(reason, "ComplaintEvent.HandoverDeclined.reason");
    }
  }

  /**
   * An employee replied to the complainant (clause 8.7); the first one is the first response.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who replied
   * @param message the reply
   */
  record AgentResponded(
      UUID id, ComplaintId complaintId, long version, Instant at, Employee by, String message)
      implements ComplaintEvent {
    /** Checks the fields. */
    public AgentResponded {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.AgentResponded");
      Checks.present(by, "ComplaintEvent.AgentResponded.by");
      Checks.present(message, "ComplaintEvent.AgentResponded.message");
    }
  }

  /**
   * The complainant wrote or called again.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param message what they said
   */
  record CustomerReplied(UUID id, ComplaintId complaintId, long version, Instant at, String message)
      implements ComplaintEvent {
    /** Checks the fields. */
    public CustomerReplied {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.CustomerReplied");
      Checks.present(message, "ComplaintEvent.CustomerReplied.message");
    }
  }

  /**
   * The status moved to a sub-status of open, pending or on-hold.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who changed it; absent when a customer reply reopened the complaint
   * @param to the new sub-status
   */
  record StatusChanged(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Optional<Employee> by,
      SubStatus to)
      implements ComplaintEvent {
    /** Checks the fields. */
    public StatusChanged {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.StatusChanged");
      by = Checks.optional(by);
      Checks.present(to, "ComplaintEvent.StatusChanged.to");
    }
  }

  /**
   * A decision was made and communicated to the complainant (clause 8.8).
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who solved it
   * @param outcome the outcome
   * @param decision the decision as communicated
   */
  record Solved(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee by,
      ClosureOutcome outcome,
      String decision)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Solved {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Solved");
      Checks.present(by, "ComplaintEvent.Solved.by");
      Checks.present(outcome, "ComplaintEvent.Solved.outcome");
      Checks.present(decision, "ComplaintEvent.Solved.decision");
    }
  }

  /**
   * The complaint was closed (clause 8.9).
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who closed it, if a person
   * @param outcome the final outcome
   */
  record Closed(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Optional<Employee> by,
      ClosureOutcome outcome)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Closed {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Closed");
      by = Checks.optional(by);
      Checks.present(outcome, "ComplaintEvent.Closed.outcome");
    }
  }

  /**
   * A solved or closed complaint was reopened.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who reopened it; absent when a customer reply did
   * @param reason why
   */
  record Reopened(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Optional<Employee> by,
      String reason)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Reopened {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Reopened");
      by = Checks.optional(by);
      Checks.present(reason, "ComplaintEvent.Reopened.reason");
    }
  }

  /**
   * Instead of reopening, a new complaint was opened and linked as this one's follow-up.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who opened it
   * @param followUp the new complaint
   * @param reason why
   */
  record FollowUpLinked(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee by,
      ComplaintId followUp,
      String reason)
      implements ComplaintEvent {
    /** Checks the fields. */
    public FollowUpLinked {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.FollowUpLinked");
      Checks.present(by, "ComplaintEvent.FollowUpLinked.by");
      Checks.present(followUp, "ComplaintEvent.FollowUpLinked.followUp");
      Checks.present(reason, "ComplaintEvent.FollowUpLinked.reason");
    }
  }

  /**
   * The complaint was merged into another one, which carries on the case; this one is finished.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who merged it
   * @param into the surviving complaint
   */
  record Merged(
      UUID id, ComplaintId complaintId, long version, Instant at, Employee by, ComplaintId into)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Merged {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Merged");
      Checks.present(by, "ComplaintEvent.Merged.by");
      Checks.present(into, "ComplaintEvent.Merged.into");
    }
  }

  /**
   * A remedy was given to the complainant (service recovery).
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who gave it
   * @param remedy the remedy
   */
  record RemedyProvided(
      UUID id, ComplaintId complaintId, long version, Instant at, Employee by, Remedy remedy)
      implements ComplaintEvent {
    /** Checks the fields. */
    public RemedyProvided {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.RemedyProvided");
      Checks.present(by, "ComplaintEvent.RemedyProvided.by");
      Checks.present(remedy, "ComplaintEvent.RemedyProvided.remedy");
    }
  }

  /**
   * A satisfaction score of the complainant was recorded.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param phase before the failure or after resolution
   * @param score the score on the scale
   * @param scale the scale
   */
  record SatisfactionRecorded(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      SatisfactionPhase phase,
      int score,
      RatingScale scale)
      implements ComplaintEvent {
    /** Checks the fields. */
    public SatisfactionRecorded {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.SatisfactionRecorded");
      Checks.present(phase, "ComplaintEvent.SatisfactionRecorded.phase");
      Checks.present(scale, "ComplaintEvent.SatisfactionRecorded.scale");
      scale.require(score, "ComplaintEvent.SatisfactionRecorded.score");
    }
  }

  /**
   * The complaint was escalated to a higher level, by a rule or by hand.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param level the new level, 1 or more
   * @param rule the rule's name, or "manual"
   * @param reason why
   */
  record Escalated(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      int level,
      String rule,
      String reason)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Escalated {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Escalated");
      Checks.present(rule, "ComplaintEvent.Escalated.rule");
      Checks.present(reason, "ComplaintEvent.Escalated.reason");
      if (level < 1) {
        throw CxValidationException.of("ComplaintEvent.Escalated.level", "be at least 1", level);
      }
    }
  }

  /**
   * An employee recognised the complainant's state (course file "Customer Relationship Management":
   * comfortable, indecisive, insistent, irate) from the cues they observed.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who observed
   * @param state the recognised state
   * @param cues the cues observed, possibly none
   */
  record CustomerStateRecognised(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee by,
      CustomerState state,
      List<CustomerCue> cues)
      implements ComplaintEvent {
    /** Checks the fields and copies the cues. */
    public CustomerStateRecognised {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.CustomerStateRecognised");
      Checks.present(by, "ComplaintEvent.CustomerStateRecognised.by");
      Checks.present(state, "ComplaintEvent.CustomerStateRecognised.state");
      cues = List.copyOf(Checks.present(cues, "ComplaintEvent.CustomerStateRecognised.cues"));
    }
  }

  /**
   * The complaint was routed to a queue and assigned to an agent, who now works it; the first
   * receiver stays accountable (first-question responsibility).
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param queue the queue's name
   * @param assignee the agent who works the complaint
   * @param rule how the agent was chosen (round-robin, least-open, skills)
   */
  record Routed(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      String queue,
      Employee assignee,
      String rule)
      implements ComplaintEvent {
    /** Checks the fields. */
    public Routed {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.Routed");
      Checks.text(queue, "ComplaintEvent.Routed.queue");
      Checks.present(assignee, "ComplaintEvent.Routed.assignee");
      Checks.text(rule, "ComplaintEvent.Routed.rule");
    }
  }

  /**
   * An automation reminded the complainant of a pending question.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param automation the automation's name
   * @param message the reminder
   */
  record ReminderSent(
      UUID id, ComplaintId complaintId, long version, Instant at, String automation, String message)
      implements ComplaintEvent {
    /** Checks the fields. */
    public ReminderSent {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.ReminderSent");
      Checks.text(automation, "ComplaintEvent.ReminderSent.automation");
      Checks.text(message, "ComplaintEvent.ReminderSent.message");
    }
  }

  /**
   * Part of this complaint was split off into a new complaint, which took the listed events.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who split it
   * @param into the new complaint
   * @param moved the ids of the events the new complaint took, in their original order
   * @param movedVersions the versions those events had here, in the same order
   */
  record SplitOff(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee by,
      ComplaintId into,
      List<UUID> moved,
      List<Long> movedVersions)
      implements ComplaintEvent {
    /** Checks the fields and copies the ids. */
    public SplitOff {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.SplitOff");
      Checks.present(by, "ComplaintEvent.SplitOff.by");
      Checks.present(into, "ComplaintEvent.SplitOff.into");
      moved = List.copyOf(Checks.present(moved, "ComplaintEvent.SplitOff.moved"));
      movedVersions =
          List.copyOf(Checks.present(movedVersions, "ComplaintEvent.SplitOff.movedVersions"));
      if (moved.size() != movedVersions.size()) {
        throw CxValidationException.of(
            "ComplaintEvent.SplitOff.movedVersions",
            "have one version per moved event (" + moved.size() + ")",
            movedVersions.size());
      }
    }
  }

  /**
   * This complaint was split off from another one.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who split it
   * @param from the complaint it came from
   */
  record SplitFrom(
      UUID id, ComplaintId complaintId, long version, Instant at, Employee by, ComplaintId from)
      implements ComplaintEvent {
    /** Checks the fields. */
    public SplitFrom {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.SplitFrom");
      Checks.present(by, "ComplaintEvent.SplitFrom.by");
      Checks.present(from, "ComplaintEvent.SplitFrom.from");
    }
  }

  /**
   * The other side of {@link Merged}: another complaint was merged into this one, which takes over
   * the clocks that were still running there.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who merged
   * @param from the complaint merged into this one
   * @param openClocks the SLA clocks still running on {@code from}: target name to due instant
   */
  record MergeReceived(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      Employee by,
      ComplaintId from,
      java.util.Map<String, Instant> openClocks)
      implements ComplaintEvent {
    /** Checks the fields and copies the clocks. */
    public MergeReceived {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.MergeReceived");
      Checks.present(by, "ComplaintEvent.MergeReceived.by");
      Checks.present(from, "ComplaintEvent.MergeReceived.from");
      openClocks =
          java.util.Collections.unmodifiableMap(
              new java.util.TreeMap<>(
                  Checks.present(openClocks, "ComplaintEvent.MergeReceived.openClocks")));
    }
  }

  /**
   * Another complaint was recorded as related to this one (same cause, same customer); neither
   * changes status.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param by who linked them
   * @param related the related complaint
   */
  record RelatedLinked(
      UUID id, ComplaintId complaintId, long version, Instant at, Employee by, ComplaintId related)
      implements ComplaintEvent {
    /** Checks the fields. */
    public RelatedLinked {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.RelatedLinked");
      Checks.present(by, "ComplaintEvent.RelatedLinked.by");
      Checks.present(related, "ComplaintEvent.RelatedLinked.related");
    }
  }

  /**
   * A satisfaction survey became due, a delay after the complaint was solved.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param scale the survey's scale
   */
  record SurveyDue(UUID id, ComplaintId complaintId, long version, Instant at, RatingScale scale)
      implements ComplaintEvent {
    /** Checks the fields. */
    public SurveyDue {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.SurveyDue");
      Checks.present(scale, "ComplaintEvent.SurveyDue.scale");
    }
  }

  /**
   * The complainant answered the survey after resolution.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param score the score on the survey's scale
   * @param scale the scale
   * @param reason the complainant's reason, if they gave one
   */
  record SurveyAnswered(
      UUID id,
      ComplaintId complaintId,
      long version,
      Instant at,
      int score,
      RatingScale scale,
      Optional<String> reason)
      implements ComplaintEvent {
    /** Checks the fields. */
    public SurveyAnswered {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.SurveyAnswered");
      Checks.present(scale, "ComplaintEvent.SurveyAnswered.scale");
      scale.require(score, "ComplaintEvent.SurveyAnswered.score");
      reason = Checks.optional(reason);
    }
  }

  /**
   * The survey no longer counts: the complaint was reopened.
   *
   * @param id the event id
   * @param complaintId the complaint
   * @param version the complaint's version after the event
   * @param at when it happened
   * @param reason why
   */
  record SurveyInvalidated(
      UUID id, ComplaintId complaintId, long version, Instant at, String reason)
      implements ComplaintEvent {
    /** Checks the fields. */
    public SurveyInvalidated {
      ComplaintEvent.header(id, complaintId, version, at, "ComplaintEvent.SurveyInvalidated");
      Checks.text(reason, "ComplaintEvent.SurveyInvalidated.reason");
    }
  }
}
