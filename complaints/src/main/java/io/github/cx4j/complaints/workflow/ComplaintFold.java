/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.CustomerState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The mutable accumulator behind {@link ComplaintWorkflow#evolve} and {@link
 * ComplaintWorkflow#replay}: events are applied to plain fields and an immutable, validated {@link
 * Complaint} is built once at the end, so replaying a long stream costs one allocation per event at
 * most. Not thread-safe; never escapes the package.
 */
final class ComplaintFold {
  private static final SubStatus NEW = SubStatus.defaultOf(StatusCategory.NEW);
  private static final SubStatus OPEN = SubStatus.defaultOf(StatusCategory.OPEN);
  private static final SubStatus SOLVED = SubStatus.defaultOf(StatusCategory.SOLVED);
  private static final SubStatus CLOSED = SubStatus.defaultOf(StatusCategory.CLOSED);
  private static final SubStatus MERGED = SubStatus.defaultOf(StatusCategory.MERGED);

  private ComplaintId id;
  private long version;
  private UUID lastEventId;
  private CustomerId customer;
  private Register register;
  private SubStatus subStatus;
  private IsoStage stage;
  private Instant receivedAt;
  private Instant lastEventAt;
  private @Nullable Instant acknowledgedAt;
  private @Nullable Instant firstResponseAt;
  private @Nullable Instant solvedAt;
  private @Nullable Instant closedAt;
  private @Nullable Instant lastCustomerReplyAt;
  private Employee firstReceiver;
  private Employee owner;
  private @Nullable PendingHandover pendingHandover;
  private List<String> departments;
  private int handovers;
  private int bounces;
  private @Nullable Employee investigator;
  private @Nullable String findings;
  private @Nullable Classification classification;
  private @Nullable ClosureOutcome outcome;
  private @Nullable String decision;
  private int escalationLevel;
  private int reopens;
  private int customerReplies;
  private int agentResponses;
  private @Nullable ComplaintId mergedInto;
  private Optional<ComplaintId> followUpOf;
  private List<ComplaintId> followUps;
  private List<Remedy> remedies;
  private @Nullable SatisfactionScore satisfactionBefore;
  private @Nullable SatisfactionScore satisfactionAfter;
  private @Nullable CustomerState customerState;
  private @Nullable String queue;
  private @Nullable Instant statusChangedAt;
  private @Nullable Instant lastReminderAt;
  private List<ComplaintId> mergedFrom;
  private @Nullable ComplaintId splitFrom;
  private List<ComplaintId> splitInto;
  private List<ComplaintId> related;
  private @Nullable SurveyState survey;
  private boolean departmentsShared;
  private boolean followUpsShared;
  private boolean remediesShared;

  private ComplaintFold(ComplaintEvent.Received r) {
    id = r.complaintId();
    version = 1;
    lastEventId = r.id();
    customer = r.customer();
    register = r.register();
    subStatus = NEW;
    stage = IsoStage.RECEIVED;
    receivedAt = r.at();
    lastEventAt = r.at();
    firstReceiver = r.receivedBy();
    owner = r.receivedBy();
    departments = new ArrayList<>(List.of(r.receivedBy().department()));
    followUpOf = r.followUpOf();
    followUps = new ArrayList<>();
    remedies = new ArrayList<>();
    mergedFrom = List.of();
    splitInto = List.of();
    related = List.of();
  }

  private ComplaintFold(Complaint c) {
    id = c.id();
    version = c.version();
    lastEventId = c.lastEventId();
    customer = c.customer();
    register = c.register();
    subStatus = c.subStatus();
    stage = c.stage();
    receivedAt = c.receivedAt();
    lastEventAt = c.lastEventAt();
    acknowledgedAt = c.acknowledgedAt().orElse(null);
    firstResponseAt = c.firstResponseAt().orElse(null);
    solvedAt = c.solvedAt().orElse(null);
    closedAt = c.closedAt().orElse(null);
    lastCustomerReplyAt = c.lastCustomerReplyAt().orElse(null);
    firstReceiver = c.firstReceiver();
    owner = c.owner();
    pendingHandover = c.pendingHandover().orElse(null);
    departments = c.departments();
    departmentsShared = true;
    handovers = c.handovers();
    bounces = c.bounces();
    investigator = c.investigator().orElse(null);
    findings = c.findings().orElse(null);
    classification = c.classification().orElse(null);
    outcome = c.outcome().orElse(null);
    decision = c.decision().orElse(null);
    escalationLevel = c.escalationLevel();
    reopens = c.reopens();
    customerReplies = c.customerReplies();
    agentResponses = c.agentResponses();
    mergedInto = c.mergedInto().orElse(null);
    followUpOf = c.followUpOf();
    followUps = c.followUps();
    followUpsShared = true;
    remedies = c.remedies();
    remediesShared = true;
    satisfactionBefore = c.satisfactionBefore().orElse(null);
    satisfactionAfter = c.satisfactionAfter().orElse(null);
    customerState = c.customerState().orElse(null);
    queue = c.queue().orElse(null);
    statusChangedAt = c.statusChangedAt().orElse(null);
    lastReminderAt = c.lastReminderAt().orElse(null);
    mergedFrom = c.mergedFrom();
    splitFrom = c.splitFrom().orElse(null);
    splitInto = c.splitInto();
    related = c.related();
    survey = c.survey().orElse(null);
  }

  static ComplaintFold start(ComplaintEvent first) {
    if (first instanceof ComplaintEvent.Received r) {
      return new ComplaintFold(r);
    }
    throw CxValidationException.of(
        "ComplaintEvent.type",
        "be received for the first event of a complaint",
        first.getClass().getSimpleName());
  }

  static ComplaintFold of(Complaint c) {
    return new ComplaintFold(c);
  }

  long version() {
    return version;
  }

  /** Applies one event; returns false if it was applied before (version at or below ours). */
  boolean apply(ComplaintEvent event) {
    if (event.version() <= version) {
      requireNotConflicting(id, version, lastEventId, event);
      return false;
    }
    if (!event.complaintId().equals(id)) {
      throw CxValidationException.of(
          "ComplaintEvent.complaintId", "be " + id, event.complaintId().value());
    }
    if (event.version() != version + 1) {
      throw CxValidationException.of(
          "ComplaintEvent.version", "be " + (version + 1), event.version());
    }
    Instant at = event.at();
    version = event.version();
    lastEventId = event.id();
    if (at.isAfter(lastEventAt)) {
      lastEventAt = at;
    }
    StatusCategory status = subStatus.category();
    if (event instanceof ComplaintEvent.AgentResponded) {
      agentResponses++;
      if (firstResponseAt == null) {
        firstResponseAt = at;
      }
      stage = max(stage, IsoStage.RESPONDED);
    } else if (event instanceof ComplaintEvent.CustomerReplied) {
      customerReplies++;
      lastCustomerReplyAt = at;
    } else if (event instanceof ComplaintEvent.StatusChanged s) {
      subStatus = s.to();
    } else if (event instanceof ComplaintEvent.Acknowledged) {
      acknowledgedAt = at;
      stage = max(stage, IsoStage.ACKNOWLEDGED);
      if (status == StatusCategory.NEW) {
        subStatus = OPEN;
      }
    } else if (event instanceof ComplaintEvent.Assessed a) {
      classification = a.classification();
      stage = max(stage, IsoStage.INITIALLY_ASSESSED);
    } else if (event instanceof ComplaintEvent.InvestigatorAssigned a) {
      investigator = a.investigator();
    } else if (event instanceof ComplaintEvent.Investigated i) {
      findings = i.findings();
      stage = max(stage, IsoStage.INVESTIGATED);
    } else if (event instanceof ComplaintEvent.HandoverRequested h) {
      pendingHandover = new PendingHandover(h.from(), h.to(), h.reason(), at);
    } else if (event instanceof ComplaintEvent.HandoverAccepted h) {
      pendingHandover = null;
      owner = h.to();
      handovers++;
      if (h.bounce()) {
        bounces++;
      }
      if (!departments.contains(h.to().department())) {
        mutableDepartments().add(h.to().department());
      }
    } else if (event instanceof ComplaintEvent.HandoverDeclined) {
      pendingHandover = null;
      bounces++;
    } else if (event instanceof ComplaintEvent.Solved s) {
      subStatus = SOLVED;
      stage = IsoStage.DECISION_COMMUNICATED;
      solvedAt = at;
      outcome = s.outcome();
      decision = s.decision();
    } else if (event instanceof ComplaintEvent.Closed cl) {
      subStatus = CLOSED;
      stage = IsoStage.CLOSED;
      closedAt = at;
      outcome = cl.outcome();
      pendingHandover = null;
    } else if (event instanceof ComplaintEvent.Reopened) {
      subStatus = OPEN;
      stage = classification != null ? IsoStage.INITIALLY_ASSESSED : IsoStage.ACKNOWLEDGED;
      solvedAt = null;
      closedAt = null;
      outcome = null;
      decision = null;
      reopens++;
    } else if (event instanceof ComplaintEvent.FollowUpLinked f) {
      mutableFollowUps().add(f.followUp());
    } else if (event instanceof ComplaintEvent.Merged m) {
      subStatus = MERGED;
      stage = IsoStage.CLOSED;
      closedAt = at;
      mergedInto = m.into();
      pendingHandover = null;
    } else if (event instanceof ComplaintEvent.RemedyProvided r) {
      mutableRemedies().add(r.remedy());
    } else if (event instanceof ComplaintEvent.SatisfactionRecorded s) {
      SatisfactionScore score = new SatisfactionScore(s.score(), s.scale(), at);
      if (s.phase() == SatisfactionPhase.BEFORE) {
        satisfactionBefore = score;
      } else {
        satisfactionAfter = score;
      }
    } else if (event instanceof ComplaintEvent.Escalated e) {
      escalationLevel = Math.max(escalationLevel, e.level());
    } else if (event instanceof ComplaintEvent.CustomerStateRecognised r) {
      customerState = r.state();
    } else if (event instanceof ComplaintEvent.Routed r) {
      queue = r.queue();
      owner = r.assignee();
      if (!departments.contains(r.assignee().department())) {
        mutableDepartments().add(r.assignee().department());
      }
    } else if (event instanceof ComplaintEvent.ReminderSent) {
      lastReminderAt = at;
    } else if (event instanceof ComplaintEvent.SplitOff so) {
      splitInto = appended(splitInto, so.into());
    } else if (event instanceof ComplaintEvent.SplitFrom sf) {
      splitFrom = sf.from();
    } else if (event instanceof ComplaintEvent.MergeReceived mr) {
      mergedFrom = appended(mergedFrom, mr.from());
    } else if (event instanceof ComplaintEvent.RelatedLinked rl) {
      related = appended(related, rl.related());
    } else if (event instanceof ComplaintEvent.SurveyDue d) {
      survey =
          new SurveyState(
              SurveyState.Status.DUE,
              at,
              d.scale(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
    } else if (event instanceof ComplaintEvent.SurveyAnswered a) {
      Instant dueAt = survey != null ? survey.dueAt() : at;
      survey =
          new SurveyState(
              SurveyState.Status.ANSWERED,
              dueAt,
              a.scale(),
              Optional.of(a.score()),
              a.reason(),
              Optional.of(at));
    } else if (event instanceof ComplaintEvent.SurveyInvalidated) {
      if (survey != null) {
        survey =
            new SurveyState(
                SurveyState.Status.INVALIDATED,
                survey.dueAt(),
                survey.scale(),
                survey.score(),
                survey.reason(),
                survey.answeredAt());
      }
    } else if (event instanceof ComplaintEvent.Received) {
      throw CxValidationException.of(
          "ComplaintEvent.version", "be 1 for a received event", event.version());
    } else {
      throw new IllegalStateException("unhandled event " + event.getClass().getName());
    }
    if (subStatus.category() != status) {
      statusChangedAt = at;
    }
    return true;
  }

  private static List<ComplaintId> appended(List<ComplaintId> list, ComplaintId id) {
    if (list.contains(id)) {
      return list;
    }
    List<ComplaintId> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(id);
    return out;
  }

  private List<String> mutableDepartments() {
    if (departmentsShared) {
      departments = new ArrayList<>(departments);
      departmentsShared = false;
    }
    return departments;
  }

  private List<ComplaintId> mutableFollowUps() {
    if (followUpsShared) {
      followUps = new ArrayList<>(followUps);
      followUpsShared = false;
    }
    return followUps;
  }

  private List<Remedy> mutableRemedies() {
    if (remediesShared) {
      remedies = new ArrayList<>(remedies);
      remediesShared = false;
    }
    return remedies;
  }

  /** Rejects an event that claims the last applied version with another id. */
  static void requireNotConflicting(
      ComplaintId id, long version, UUID lastEventId, ComplaintEvent event) {
    if (event.version() == version
        && event.complaintId().equals(id)
        && !event.id().equals(lastEventId)) {
      throw CxValidationException.of(
          "ComplaintEvent.id",
          "be " + lastEventId + " for version " + version + " of " + id + ", which is applied",
          event.id().toString());
    }
  }

  /** Builds the validated state. */
  Complaint build() {
    return Complaint.builder()
        .id(id)
        .version(version)
        .lastEventId(lastEventId)
        .customer(customer)
        .register(register)
        .subStatus(subStatus)
        .stage(stage)
        .receivedAt(receivedAt)
        .lastEventAt(lastEventAt)
        .acknowledgedAt(Optional.ofNullable(acknowledgedAt))
        .firstResponseAt(Optional.ofNullable(firstResponseAt))
        .solvedAt(Optional.ofNullable(solvedAt))
        .closedAt(Optional.ofNullable(closedAt))
        .lastCustomerReplyAt(Optional.ofNullable(lastCustomerReplyAt))
        .firstReceiver(firstReceiver)
        .owner(owner)
        .pendingHandover(Optional.ofNullable(pendingHandover))
        .departments(departments)
        .handovers(handovers)
        .bounces(bounces)
        .investigator(Optional.ofNullable(investigator))
        .findings(Optional.ofNullable(findings))
        .classification(Optional.ofNullable(classification))
        .outcome(Optional.ofNullable(outcome))
        .decision(Optional.ofNullable(decision))
        .escalationLevel(escalationLevel)
        .reopens(reopens)
        .customerReplies(customerReplies)
        .agentResponses(agentResponses)
        .mergedInto(Optional.ofNullable(mergedInto))
        .followUpOf(followUpOf)
        .followUps(followUps)
        .remedies(remedies)
        .satisfactionBefore(Optional.ofNullable(satisfactionBefore))
        .satisfactionAfter(Optional.ofNullable(satisfactionAfter))
        .customerState(Optional.ofNullable(customerState))
        .queue(Optional.ofNullable(queue))
        .statusChangedAt(Optional.ofNullable(statusChangedAt))
        .lastReminderAt(Optional.ofNullable(lastReminderAt))
        .mergedFrom(mergedFrom)
        .splitFrom(Optional.ofNullable(splitFrom))
        .splitInto(splitInto)
        .related(related)
        .survey(Optional.ofNullable(survey))
        .build();
  }

  private static IsoStage max(IsoStage a, IsoStage b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
