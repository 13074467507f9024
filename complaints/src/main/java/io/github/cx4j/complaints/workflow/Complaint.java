/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.CustomerState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The state of a complaint: the fold of its events by {@link ComplaintWorkflow#evolve}. Every
 * instance satisfies the workflow's invariants (checked on construction), for example: a new
 * complaint is not acknowledged and in stage received; an open, pending, on-hold or solved one is
 * acknowledged; a solved or closed one has an outcome; a merged one names its survivor; the
 * investigator is never the person complained about.
 *
 * <p>Ownership follows first-question responsibility (course file "All-Staff Service"): {@link
 * #firstReceiver()} never changes and stays accountable ({@link #accountable()}); {@link #owner()}
 * changes only when a hand-over is accepted.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplaint.class)
@JsonDeserialize(as = ImmutableComplaint.class)
public abstract class Complaint {

  /**
   * The complaint's id.
   *
   * @return the id
   */
  public abstract ComplaintId id();

  /**
   * The number of events applied: the version of the last one.
   *
   * @return the version, at least 1
   */
  public abstract long version();

  /**
   * The id of the last event applied.
   *
   * @return the event id
   */
  public abstract UUID lastEventId();

  /**
   * The complaining customer.
   *
   * @return the customer
   */
  public abstract CustomerId customer();

  /**
   * The register fields recorded at receipt.
   *
   * @return the register
   */
  public abstract Register register();

  /**
   * The sub-status; its category is {@link #status()}.
   *
   * @return the sub-status
   */
  public abstract SubStatus subStatus();

  /**
   * The ISO 10002 stage reached.
   *
   * @return the stage
   */
  public abstract IsoStage stage();

  /**
   * When the complaint was received.
   *
   * @return the instant of the first event
   */
  public abstract Instant receivedAt();

  /**
   * When the last event happened.
   *
   * @return the instant
   */
  public abstract Instant lastEventAt();

  /**
   * When receipt was acknowledged.
   *
   * @return the instant, if acknowledged
   */
  public abstract Optional<Instant> acknowledgedAt();

  /**
   * When an employee first replied to the complainant.
   *
   * @return the instant, if any reply
   */
  public abstract Optional<Instant> firstResponseAt();

  /**
   * When the complaint was last solved; cleared on reopening.
   *
   * @return the instant, if solved
   */
  public abstract Optional<Instant> solvedAt();

  /**
   * When the complaint was closed or merged; cleared on reopening.
   *
   * @return the instant, if closed
   */
  public abstract Optional<Instant> closedAt();

  /**
   * When the complainant last replied.
   *
   * @return the instant, if any reply
   */
  public abstract Optional<Instant> lastCustomerReplyAt();

  /**
   * The first employee who received the complaint; never changes.
   *
   * @return the first receiver
   */
  public abstract Employee firstReceiver();

  /**
   * The employee who currently handles the complaint.
   *
   * @return the owner
   */
  public abstract Employee owner();

  /**
   * A hand-over waiting for the receiver's acceptance.
   *
   * @return the pending hand-over, if any
   */
  public abstract Optional<PendingHandover> pendingHandover();

  /**
   * The departments that have owned the complaint, in the order they first did.
   *
   * @return the departments
   */
  public abstract List<String> departments();

  /**
   * The number of accepted hand-overs.
   *
   * @return the count
   */
  @Value.Default
  public int handovers() {
    return 0;
  }

  /**
   * The number of bounces: hand-overs declined, and accepted hand-overs that returned the complaint
   * to a department it had already left.
   *
   * @return the count
   */
  @Value.Default
  public int bounces() {
    return 0;
  }

  /**
   * The assigned investigator.
   *
   * @return the investigator, if assigned
   */
  public abstract Optional<Employee> investigator();

  /**
   * The investigation's findings.
   *
   * @return the findings, if recorded
   */
  public abstract Optional<String> findings();

  /**
   * The initial assessment.
   *
   * @return the classification, if assessed
   */
  public abstract Optional<Classification> classification();

  /**
   * The outcome of a solved or closed complaint.
   *
   * @return the outcome, if solved or closed
   */
  public abstract Optional<ClosureOutcome> outcome();

  /**
   * The decision communicated when solved.
   *
   * @return the decision, if solved
   */
  public abstract Optional<String> decision();

  /**
   * The escalation level, 0 when never escalated.
   *
   * @return the level
   */
  @Value.Default
  public int escalationLevel() {
    return 0;
  }

  /**
   * How often the complaint was reopened.
   *
   * @return the count
   */
  @Value.Default
  public int reopens() {
    return 0;
  }

  /**
   * How many replies the complainant sent after the complaint.
   *
   * @return the count
   */
  @Value.Default
  public int customerReplies() {
    return 0;
  }

  /**
   * How many replies employees sent to the complainant.
   *
   * @return the count
   */
  @Value.Default
  public int agentResponses() {
    return 0;
  }

  /**
   * The complaint this one was merged into.
   *
   * @return the survivor, if merged
   */
  public abstract Optional<ComplaintId> mergedInto();

  /**
   * The earlier complaint this one follows up.
   *
   * @return the earlier complaint, if any
   */
  public abstract Optional<ComplaintId> followUpOf();

  /**
   * Follow-up complaints linked to this one.
   *
   * @return the follow-ups, in order
   */
  public abstract List<ComplaintId> followUps();

  /**
   * The remedies given, in order.
   *
   * @return the remedies
   */
  public abstract List<Remedy> remedies();

  /**
   * The last satisfaction score recorded before the failure or at the start.
   *
   * @return the score, if recorded
   */
  public abstract Optional<SatisfactionScore> satisfactionBefore();

  /**
   * The last satisfaction score recorded after resolution.
   *
   * @return the score, if recorded
   */
  public abstract Optional<SatisfactionScore> satisfactionAfter();

  /**
   * The complainant's state as last recognised (course file "Customer Relationship Management").
   *
   * @return the state, if recorded
   */
  public abstract Optional<CustomerState> customerState();

  /**
   * The queue the complaint was last routed to.
   *
   * @return the queue's name, if routed
   */
  public abstract Optional<String> queue();

  /**
   * When the status category last changed (receipt counts as the first change).
   *
   * @return the instant; receipt if absent
   */
  public abstract Optional<Instant> statusChangedAt();

  /**
   * When an automation last reminded the complainant.
   *
   * @return the instant, if ever
   */
  public abstract Optional<Instant> lastReminderAt();

  /**
   * Complaints merged into this one (the other side of {@link #mergedInto()}).
   *
   * @return their ids, in merge order
   */
  public abstract List<ComplaintId> mergedFrom();

  /**
   * The complaint this one was split off from.
   *
   * @return its id, if split
   */
  public abstract Optional<ComplaintId> splitFrom();

  /**
   * Complaints split off from this one.
   *
   * @return their ids, in split order
   */
  public abstract List<ComplaintId> splitInto();

  /**
   * Complaints recorded as related.
   *
   * @return their ids, in link order
   */
  public abstract List<ComplaintId> related();

  /**
   * The satisfaction survey after resolution.
   *
   * @return its state, once one became due
   */
  public abstract Optional<SurveyState> survey();

  /**
   * The status category.
   *
   * @return the category of {@link #subStatus()}
   */
  @JsonIgnore
  public StatusCategory status() {
    return subStatus().category();
  }

  /**
   * The employee accountable for the complaint under first-question responsibility: the first
   * receiver, whoever owns it now.
   *
   * @return the first receiver
   */
  @JsonIgnore
  public Employee accountable() {
    return firstReceiver();
  }

  /**
   * Whether the organisation still has work to do: new, open, pending or on-hold.
   *
   * @return true for an active complaint
   */
  @JsonIgnore
  public boolean active() {
    StatusCategory s = status();
    return s == StatusCategory.NEW
        || s == StatusCategory.OPEN
        || s == StatusCategory.PENDING
        || s == StatusCategory.ON_HOLD;
  }

  /**
   * The status the complainant sees (ISO 10002:2018 clause 8.3).
   *
   * @return the tracking status
   */
  @JsonIgnore
  public TrackingStatus trackingStatus() {
    switch (status()) {
      case NEW:
        return TrackingStatus.RECEIVED;
      case PENDING:
        return TrackingStatus.AWAITING_YOUR_REPLY;
      case SOLVED:
        return TrackingStatus.DECISION_MADE;
      case CLOSED:
      case MERGED:
        return TrackingStatus.CLOSED;
      default:
        return TrackingStatus.IN_PROGRESS;
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a complaint state; normally only {@link ComplaintWorkflow#evolve} does. */
  public static final class Builder extends ImmutableComplaint.Builder {}

  @Value.Check
  void check() {
    if (version() < 1) {
      throw CxValidationException.of("Complaint.version", "be at least 1", version());
    }
    StatusCategory s = status();
    boolean acknowledged = acknowledgedAt().isPresent();
    if (s == StatusCategory.NEW && (acknowledged || stage() != IsoStage.RECEIVED)) {
      throw CxValidationException.of(
          "Complaint.stage", "be RECEIVED and unacknowledged while NEW", stage());
    }
    if ((s == StatusCategory.OPEN
            || s == StatusCategory.PENDING
            || s == StatusCategory.ON_HOLD
            || s == StatusCategory.SOLVED)
        && !acknowledged) {
      throw CxValidationException.of("Complaint.acknowledgedAt", "be present when " + s, "absent");
    }
    boolean terminal = s == StatusCategory.CLOSED || s == StatusCategory.MERGED;
    if (terminal != (stage() == IsoStage.CLOSED) || terminal != closedAt().isPresent()) {
      throw CxValidationException.of(
          "Complaint.stage", "be CLOSED with closedAt exactly when " + s, stage());
    }
    if (s == StatusCategory.SOLVED
        && (stage() != IsoStage.DECISION_COMMUNICATED || solvedAt().isEmpty())) {
      throw CxValidationException.of(
          "Complaint.stage", "be DECISION_COMMUNICATED with solvedAt when SOLVED", stage());
    }
    if ((s == StatusCategory.SOLVED || s == StatusCategory.CLOSED) && outcome().isEmpty()) {
      throw CxValidationException.of("Complaint.outcome", "be present when " + s, "absent");
    }
    if ((s == StatusCategory.MERGED) != mergedInto().isPresent()) {
      throw CxValidationException.of(
          "Complaint.mergedInto", "be present exactly when MERGED", mergedInto());
    }
    Optional<String> subject = register().personComplainedAbout();
    if (subject.isPresent()
        && investigator().isPresent()
        && investigator().get().id().equals(subject.get())) {
      throw CxValidationException.of(
          "Complaint.investigator", "not be the person complained about", subject.get());
    }
    if (pendingHandover().isPresent() && !pendingHandover().get().from().equals(owner())) {
      throw CxValidationException.of(
          "Complaint.pendingHandover", "come from the owner " + owner().id(), pendingHandover());
    }
    if (handovers() < 0 || bounces() < 0 || escalationLevel() < 0 || reopens() < 0) {
      throw CxValidationException.of("Complaint.counts", "not be negative", handovers());
    }
    if (lastEventAt().isBefore(receivedAt())) {
      throw CxValidationException.of(
          "Complaint.lastEventAt", "not precede receivedAt " + receivedAt(), lastEventAt());
    }
  }
}
