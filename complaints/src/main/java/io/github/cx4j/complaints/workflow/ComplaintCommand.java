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
import java.util.List;
import java.util.Optional;

/**
 * A request to change a complaint, given to {@link ComplaintWorkflow#decide}, which answers with
 * events or a typed rejection. The set is closed; JSON names the type in the property {@code
 * "type"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ComplaintCommand.Route.class, name = "route"),
  @JsonSubTypes.Type(value = ComplaintCommand.SendReminder.class, name = "send-reminder"),
  @JsonSubTypes.Type(value = ComplaintCommand.EscalateByRule.class, name = "escalate-by-rule"),
  @JsonSubTypes.Type(value = ComplaintCommand.LinkRelated.class, name = "link-related"),
  @JsonSubTypes.Type(value = ComplaintCommand.RecordMergeReceived.class, name = "record-merge"),
  @JsonSubTypes.Type(value = ComplaintCommand.Split.class, name = "split"),
  @JsonSubTypes.Type(value = ComplaintCommand.ReceiveSplit.class, name = "receive-split"),
  @JsonSubTypes.Type(value = ComplaintCommand.ScheduleSurvey.class, name = "schedule-survey"),
  @JsonSubTypes.Type(value = ComplaintCommand.AnswerSurvey.class, name = "answer-survey"),
  @JsonSubTypes.Type(value = ComplaintCommand.Receive.class, name = "receive"),
  @JsonSubTypes.Type(value = ComplaintCommand.Acknowledge.class, name = "acknowledge"),
  @JsonSubTypes.Type(value = ComplaintCommand.Assess.class, name = "assess"),
  @JsonSubTypes.Type(
      value = ComplaintCommand.AssignInvestigator.class,
      name = "assign-investigator"),
  @JsonSubTypes.Type(value = ComplaintCommand.RecordFindings.class, name = "record-findings"),
  @JsonSubTypes.Type(value = ComplaintCommand.RequestHandover.class, name = "request-handover"),
  @JsonSubTypes.Type(value = ComplaintCommand.AcceptHandover.class, name = "accept-handover"),
  @JsonSubTypes.Type(value = ComplaintCommand.DeclineHandover.class, name = "decline-handover"),
  @JsonSubTypes.Type(value = ComplaintCommand.Respond.class, name = "respond"),
  @JsonSubTypes.Type(
      value = ComplaintCommand.RecordCustomerReply.class,
      name = "record-customer-reply"),
  @JsonSubTypes.Type(value = ComplaintCommand.ChangeStatus.class, name = "change-status"),
  @JsonSubTypes.Type(value = ComplaintCommand.Solve.class, name = "solve"),
  @JsonSubTypes.Type(value = ComplaintCommand.Close.class, name = "close"),
  @JsonSubTypes.Type(value = ComplaintCommand.Reopen.class, name = "reopen"),
  @JsonSubTypes.Type(value = ComplaintCommand.Merge.class, name = "merge"),
  @JsonSubTypes.Type(value = ComplaintCommand.ProvideRemedy.class, name = "provide-remedy"),
  @JsonSubTypes.Type(
      value = ComplaintCommand.RecordSatisfaction.class,
      name = "record-satisfaction"),
  @JsonSubTypes.Type(value = ComplaintCommand.Escalate.class, name = "escalate"),
  @JsonSubTypes.Type(
      value = ComplaintCommand.EvaluateEscalations.class,
      name = "evaluate-escalations")
})
public sealed interface ComplaintCommand {

  /**
   * The complaint the command is for.
   *
   * @return the complaint id
   */
  ComplaintId complaintId();

  /**
   * Receive and register a new complaint; the first command of every complaint.
   *
   * @param complaintId the complaint
   * @param customer the complaining customer
   * @param receivedBy the first employee who received it
   * @param register the register fields
   * @param followUpOf the earlier complaint this one follows up, if any
   */
  record Receive(
      ComplaintId complaintId,
      CustomerId customer,
      Employee receivedBy,
      Register register,
      Optional<ComplaintId> followUpOf)
      implements ComplaintCommand {
    /** Checks the fields. */
    public Receive {
      Checks.present(complaintId, "ComplaintCommand.Receive.complaintId");
      Checks.present(customer, "ComplaintCommand.Receive.customer");
      Checks.present(receivedBy, "ComplaintCommand.Receive.receivedBy");
      Checks.present(register, "ComplaintCommand.Receive.register");
      followUpOf = Checks.optional(followUpOf);
    }
  }

  /**
   * Acknowledge receipt to the complainant.
   *
   * @param complaintId the complaint
   * @param by who acknowledges
   */
  record Acknowledge(ComplaintId complaintId, Employee by) implements ComplaintCommand {
    /** Checks the fields. */
    public Acknowledge {
      Checks.present(complaintId, "ComplaintCommand.Acknowledge.complaintId");
      Checks.present(by, "ComplaintCommand.Acknowledge.by");
    }
  }

  /**
   * Record the initial assessment: category, root cause, impact and urgency (the priority comes
   * from the policy's matrix).
   *
   * @param complaintId the complaint
   * @param by who assesses
   * @param category the category code
   * @param rootCause the root cause
   * @param impact the impact
   * @param urgency the urgency
   */
  record Assess(
      ComplaintId complaintId,
      Employee by,
      String category,
      RootCause rootCause,
      Impact impact,
      Urgency urgency)
      implements ComplaintCommand {
    /** Checks the fields. */
    public Assess {
      Checks.present(complaintId, "ComplaintCommand.Assess.complaintId");
      Checks.present(by, "ComplaintCommand.Assess.by");
      Checks.text(category, "ComplaintCommand.Assess.category");
      Checks.present(rootCause, "ComplaintCommand.Assess.rootCause");
      Checks.present(impact, "ComplaintCommand.Assess.impact");
      Checks.present(urgency, "ComplaintCommand.Assess.urgency");
    }
  }

  /**
   * Assign an investigator.
   *
   * @param complaintId the complaint
   * @param by who assigns
   * @param investigator the investigator
   */
  record AssignInvestigator(ComplaintId complaintId, Employee by, Employee investigator)
      implements ComplaintCommand {
    /** Checks the fields. */
    public AssignInvestigator {
      Checks.present(complaintId, "ComplaintCommand.AssignInvestigator.complaintId");
      Checks.present(by, "ComplaintCommand.AssignInvestigator.by");
      Checks.present(investigator, "ComplaintCommand.AssignInvestigator.investigator");
    }
  }

  /**
   * Record the investigation's findings.
   *
   * @param complaintId the complaint
   * @param by who records
   * @param findings the findings
   */
  record RecordFindings(ComplaintId complaintId, Employee by, String findings)
      implements ComplaintCommand {
    /** Checks the fields. */
    public RecordFindings {
      Checks.present(complaintId, "ComplaintCommand.RecordFindings.complaintId");
      Checks.present(by, "ComplaintCommand.RecordFindings.by");
      Checks.text(findings, "ComplaintCommand.RecordFindings.findings");
    }
  }

  /**
   * Ask another employee to take the complaint over.
   *
   * @param complaintId the complaint
   * @param from the current owner
   * @param to the proposed owner
   * @param reason why
   */
  record RequestHandover(ComplaintId complaintId, Employee from, Employee to, String reason)
      implements ComplaintCommand {
    /** Checks the fields. */
    public RequestHandover {
      Checks.present(complaintId, "ComplaintCommand.RequestHandover.complaintId");
      Checks.present(from, "ComplaintCommand.RequestHandover.from");
      Checks.present(to, "ComplaintCommand.RequestHandover.to");
      Checks.text(reason, "ComplaintCommand.RequestHandover.reason");
    }
  }

  /**
   * Accept a pending hand-over.
   *
   * @param complaintId the complaint
   * @param by the named receiver
   */
  record AcceptHandover(ComplaintId complaintId, Employee by) implements ComplaintCommand {
    /** Checks the fields. */
    public AcceptHandover {
      Checks.present(complaintId, "ComplaintCommand.AcceptHandover.complaintId");
      Checks.present(by, "ComplaintCommand.AcceptHandover.by");
    }
  }

  /**
   * Decline a pending hand-over.
   *
   * @param complaintId the complaint
   * @param by the named receiver
   * @param reason why
   */
  record DeclineHandover(ComplaintId complaintId, Employee by, String reason)
      implements ComplaintCommand {
    /** Checks the fields. */
    public DeclineHandover {
      Checks.present(complaintId, "ComplaintCommand.DeclineHandover.complaintId");
      Checks.present(by, "ComplaintCommand.DeclineHandover.by");
      Checks.text(reason, "ComplaintCommand.DeclineHandover.reason");
    }
  }

  /**
   * Reply to the complainant.
   *
   * @param complaintId the complaint
   * @param by who replies
   * @param message the reply
   */
  record Respond(ComplaintId complaintId, Employee by, String message) implements ComplaintCommand {
    /** Checks the fields. */
    public Respond {
      Checks.present(complaintId, "ComplaintCommand.Respond.complaintId");
      Checks.present(by, "ComplaintCommand.Respond.by");
      Checks.text(message, "ComplaintCommand.Respond.message");
    }
  }

  /**
   * Record that the complainant wrote or called again.
   *
   * @param complaintId the complaint
   * @param message what they said
   */
  record RecordCustomerReply(ComplaintId complaintId, String message) implements ComplaintCommand {
    /** Checks the fields. */
    public RecordCustomerReply {
      Checks.present(complaintId, "ComplaintCommand.RecordCustomerReply.complaintId");
      Checks.text(message, "ComplaintCommand.RecordCustomerReply.message");
    }
  }

  /**
   * Move the complaint to a sub-status of open, pending or on-hold.
   *
   * @param complaintId the complaint
   * @param by who changes it
   * @param to the new sub-status
   */
  record ChangeStatus(ComplaintId complaintId, Employee by, SubStatus to)
      implements ComplaintCommand {
    /** Checks the fields. */
    public ChangeStatus {
      Checks.present(complaintId, "ComplaintCommand.ChangeStatus.complaintId");
      Checks.present(by, "ComplaintCommand.ChangeStatus.by");
      Checks.present(to, "ComplaintCommand.ChangeStatus.to");
    }
  }

  /**
   * Communicate a decision and mark the complaint solved.
   *
   * @param complaintId the complaint
   * @param by who solves it
   * @param outcome the outcome: resolved, upheld, not upheld or referred
   * @param decision the decision as communicated
   */
  record Solve(ComplaintId complaintId, Employee by, ClosureOutcome outcome, String decision)
      implements ComplaintCommand {
    /** Checks the fields. */
    public Solve {
      Checks.present(complaintId, "ComplaintCommand.Solve.complaintId");
      Checks.present(by, "ComplaintCommand.Solve.by");
      Checks.present(outcome, "ComplaintCommand.Solve.outcome");
      Checks.text(decision, "ComplaintCommand.Solve.decision");
    }
  }

  /**
   * Close the complaint; an unsolved complaint needs an outcome.
   *
   * @param complaintId the complaint
   * @param by who closes it
   * @param outcome the outcome; defaults to the solved outcome
   */
  record Close(ComplaintId complaintId, Employee by, Optional<ClosureOutcome> outcome)
      implements ComplaintCommand {
    /** Checks the fields. */
    public Close {
      Checks.present(complaintId, "ComplaintCommand.Close.complaintId");
      Checks.present(by, "ComplaintCommand.Close.by");
      outcome = Checks.optional(outcome);
    }
  }

  /**
   * Reopen a solved or closed complaint under the policy's reopen rule, or link a follow-up.
   *
   * @param complaintId the complaint
   * @param by who reopens it
   * @param reason why
   * @param followUp the id of a new follow-up complaint, used when the policy requires one
   */
  record Reopen(ComplaintId complaintId, Employee by, String reason, Optional<ComplaintId> followUp)
      implements ComplaintCommand {
    /** Checks the fields. */
    public Reopen {
      Checks.present(complaintId, "ComplaintCommand.Reopen.complaintId");
      Checks.present(by, "ComplaintCommand.Reopen.by");
      Checks.text(reason, "ComplaintCommand.Reopen.reason");
      followUp = Checks.optional(followUp);
    }
  }

  /**
   * Merge this complaint into another one.
   *
   * @param complaintId the complaint
   * @param by who merges
   * @param into the surviving complaint
   */
  record Merge(ComplaintId complaintId, Employee by, ComplaintId into) implements ComplaintCommand {
    /** Checks the fields. */
    public Merge {
      Checks.present(complaintId, "ComplaintCommand.Merge.complaintId");
      Checks.present(by, "ComplaintCommand.Merge.by");
      Checks.present(into, "ComplaintCommand.Merge.into");
    }
  }

  /**
   * Give the complainant a remedy.
   *
   * @param complaintId the complaint
   * @param by who gives it
   * @param remedy the remedy
   */
  record ProvideRemedy(ComplaintId complaintId, Employee by, Remedy remedy)
      implements ComplaintCommand {
    /** Checks the fields. */
    public ProvideRemedy {
      Checks.present(complaintId, "ComplaintCommand.ProvideRemedy.complaintId");
      Checks.present(by, "ComplaintCommand.ProvideRemedy.by");
      Checks.present(remedy, "ComplaintCommand.ProvideRemedy.remedy");
    }
  }

  /**
   * Record a satisfaction score.
   *
   * @param complaintId the complaint
   * @param phase before or after
   * @param score the score
   * @param scale the scale
   */
  record RecordSatisfaction(
      ComplaintId complaintId, SatisfactionPhase phase, int score, RatingScale scale)
      implements ComplaintCommand {
    /** Checks the fields. */
    public RecordSatisfaction {
      Checks.present(complaintId, "ComplaintCommand.RecordSatisfaction.complaintId");
      Checks.present(phase, "ComplaintCommand.RecordSatisfaction.phase");
      Checks.present(scale, "ComplaintCommand.RecordSatisfaction.scale");
      scale.require(score, "ComplaintCommand.RecordSatisfaction.score");
    }
  }

  /**
   * Escalate by hand to a level.
   *
   * @param complaintId the complaint
   * @param by who escalates
   * @param level the level, above the current one
   * @param reason why
   */
  record Escalate(ComplaintId complaintId, Employee by, int level, String reason)
      implements ComplaintCommand {
    /** Checks the fields. */
    public Escalate {
      Checks.present(complaintId, "ComplaintCommand.Escalate.complaintId");
      Checks.present(by, "ComplaintCommand.Escalate.by");
      Checks.text(reason, "ComplaintCommand.Escalate.reason");
      if (level < 1) {
        throw CxValidationException.of("ComplaintCommand.Escalate.level", "be at least 1", level);
      }
    }
  }

  /**
   * Evaluate the policy's escalation rules at the command's time. With the complaint's SLA clock
   * levels ({@code complaints.timely.Timeliness#evaluateEscalations} reads them from the clocks),
   * {@link EscalationRules#slaLevels()} escalates once to each level reached above the current one,
   * in order, and the time-limit rules leave timeliness to the SLA; the other rules yield at most
   * one escalation, to the highest level due.
   *
   * @param complaintId the complaint
   * @param clockLevels the levels its SLA clocks have reached, if an SLA policy applies (an empty
   *     list: none reached yet); empty if no SLA applies
   */
  record EvaluateEscalations(ComplaintId complaintId, Optional<List<ClockLevel>> clockLevels)
      implements ComplaintCommand {
    /** Checks the fields and copies the levels. */
    public EvaluateEscalations {
      Checks.present(complaintId, "ComplaintCommand.EvaluateEscalations.complaintId");
      clockLevels = clockLevels == null ? Optional.empty() : clockLevels.map(List::copyOf);
    }

    /**
     * Evaluate without SLA clocks: the time-limit rules judge timeliness.
     *
     * @param complaintId the complaint
     */
    public EvaluateEscalations(ComplaintId complaintId) {
      this(complaintId, Optional.empty());
    }
  }

  /**
   * Record the complainant's state as recognised, for example with {@link
   * CustomerState#recognize(java.util.Collection)} or by the agent's judgement.
   *
   * @param complaintId the complaint
   * @param by who observed
   * @param state the state
   * @param cues the cues observed, possibly none
   */
  record RecordCustomerState(
      ComplaintId complaintId, Employee by, CustomerState state, List<CustomerCue> cues)
      implements ComplaintCommand {
    /** Checks the fields and copies the cues. */
    public RecordCustomerState {
      Checks.present(complaintId, "ComplaintCommand.RecordCustomerState.complaintId");
      Checks.present(by, "ComplaintCommand.RecordCustomerState.by");
      Checks.present(state, "ComplaintCommand.RecordCustomerState.state");
      cues = List.copyOf(Checks.present(cues, "ComplaintCommand.RecordCustomerState.cues"));
    }
  }

  /**
   * Route the complaint to a queue and an agent (see {@code complaints.routing}).
   *
   * @param complaintId the complaint
   * @param queue the queue's name
   * @param assignee the agent chosen
   * @param rule how the agent was chosen
   */
  record Route(ComplaintId complaintId, String queue, Employee assignee, String rule)
      implements ComplaintCommand {
    /** Checks the fields. */
    public Route {
      Checks.present(complaintId, "ComplaintCommand.Route.complaintId");
      Checks.text(queue, "ComplaintCommand.Route.queue");
      Checks.present(assignee, "ComplaintCommand.Route.assignee");
      Checks.text(rule, "ComplaintCommand.Route.rule");
    }
  }

  /**
   * Remind the complainant of a question that waits for them; only while the complaint is pending.
   *
   * @param complaintId the complaint
   * @param automation the automation's name
   * @param message the reminder
   */
  record SendReminder(ComplaintId complaintId, String automation, String message)
      implements ComplaintCommand {
    /** Checks the fields. */
    public SendReminder {
      Checks.present(complaintId, "ComplaintCommand.SendReminder.complaintId");
      Checks.text(automation, "ComplaintCommand.SendReminder.automation");
      Checks.text(message, "ComplaintCommand.SendReminder.message");
    }
  }

  /**
   * Escalate to a level because a named rule (an SLA warning, an automation) says so.
   *
   * @param complaintId the complaint
   * @param level the level, above the current one
   * @param rule the rule's name
   * @param reason why
   */
  record EscalateByRule(ComplaintId complaintId, int level, String rule, String reason)
      implements ComplaintCommand {
    /** Checks the fields. */
    public EscalateByRule {
      Checks.present(complaintId, "ComplaintCommand.EscalateByRule.complaintId");
      Checks.text(rule, "ComplaintCommand.EscalateByRule.rule");
      Checks.text(reason, "ComplaintCommand.EscalateByRule.reason");
      if (level < 1) {
        throw CxValidationException.of(
            "ComplaintCommand.EscalateByRule.level", "be at least 1", level);
      }
    }
  }

  /**
   * Record another complaint as related to this one.
   *
   * @param complaintId the complaint
   * @param by who links
   * @param related the related complaint
   */
  record LinkRelated(ComplaintId complaintId, Employee by, ComplaintId related)
      implements ComplaintCommand {
    /** Checks the fields. */
    public LinkRelated {
      Checks.present(complaintId, "ComplaintCommand.LinkRelated.complaintId");
      Checks.present(by, "ComplaintCommand.LinkRelated.by");
      Checks.present(related, "ComplaintCommand.LinkRelated.related");
    }
  }

  /**
   * Record on the surviving complaint that another one was merged into it (the target side of
   * {@link Merge}), with the clocks still running on the merged one.
   *
   * @param complaintId the surviving complaint
   * @param by who merged
   * @param from the merged complaint
   * @param openClocks target name to due instant of the merged complaint's running clocks
   */
  record RecordMergeReceived(
      ComplaintId complaintId,
      Employee by,
      ComplaintId from,
      java.util.Map<String, java.time.Instant> openClocks)
      implements ComplaintCommand {
    /** Checks the fields and copies the clocks. */
    public RecordMergeReceived {
      Checks.present(complaintId, "ComplaintCommand.RecordMergeReceived.complaintId");
      Checks.present(by, "ComplaintCommand.RecordMergeReceived.by");
      Checks.present(from, "ComplaintCommand.RecordMergeReceived.from");
      openClocks =
          java.util.Map.copyOf(
              Checks.present(openClocks, "ComplaintCommand.RecordMergeReceived.openClocks"));
    }
  }

  /**
   * Send the satisfaction survey after resolution; only to a solved or closed complaint without a
   * valid survey.
   *
   * @param complaintId the complaint
   * @param scale the survey's scale
   */
  record ScheduleSurvey(ComplaintId complaintId, RatingScale scale) implements ComplaintCommand {
    /** Checks the fields. */
    public ScheduleSurvey {
      Checks.present(complaintId, "ComplaintCommand.ScheduleSurvey.complaintId");
      Checks.present(scale, "ComplaintCommand.ScheduleSurvey.scale");
    }
  }

  /**
   * Record the complainant's answer to a due survey.
   *
   * @param complaintId the complaint
   * @param score the score on the survey's scale
   * @param reason the complainant's reason, if given
   */
  record AnswerSurvey(ComplaintId complaintId, int score, Optional<String> reason)
      implements ComplaintCommand {
    /** Checks the fields. */
    public AnswerSurvey {
      Checks.present(complaintId, "ComplaintCommand.AnswerSurvey.complaintId");
      reason = Checks.optional(reason);
    }
  }

  /**
   * Split part of a complaint off into a new one: the source's side, which records {@code
   * split-off}. The new complaint's side is {@link ReceiveSplit}; {@code
   * complaints.linking.Splitting} builds both from the source's history. An event store is
   * append-only, so the source keeps its events; the split-off names the ones the new complaint
   * took.
   *
   * @param complaintId the source complaint
   * @param by who splits
   * @param into the new complaint
   * @param moved the ids of the events the new complaint takes, in their order here
   * @param movedVersions their versions here, increasing, each above 1
   */
  record Split(
      ComplaintId complaintId,
      Employee by,
      ComplaintId into,
      List<java.util.UUID> moved,
      List<Long> movedVersions)
      implements ComplaintCommand {
    /** Checks the fields and copies the lists. */
    public Split {
      Checks.present(complaintId, "ComplaintCommand.Split.complaintId");
      Checks.present(by, "ComplaintCommand.Split.by");
      Checks.present(into, "ComplaintCommand.Split.into");
      moved = List.copyOf(Checks.present(moved, "ComplaintCommand.Split.moved"));
      movedVersions =
          List.copyOf(Checks.present(movedVersions, "ComplaintCommand.Split.movedVersions"));
      if (moved.size() != movedVersions.size()) {
        throw CxValidationException.of(
            "ComplaintCommand.Split.movedVersions",
            "have one version per moved event (" + moved.size() + ")",
            movedVersions.size());
      }
    }
  }

  /**
   * Open the new complaint of a split (the new side of {@link Split}): a copy of the source's
   * receipt (same customer, register and receipt time), copies of the moved events with new ids and
   * the new complaint's versions, and {@code split-from}. Before the first copied response or
   * assessment the split records an acknowledgement (at that event's time), as the workflow does
   * for the first response to a new complaint. The first command of the new complaint, as {@link
   * Receive} is of others.
   *
   * @param complaintId the new complaint
   * @param by who splits
   * @param from the source complaint
   * @param events the source's receipt followed by the moved events, as stored there
   */
  record ReceiveSplit(
      ComplaintId complaintId, Employee by, ComplaintId from, List<ComplaintEvent> events)
      implements ComplaintCommand {
    /** Checks the fields and copies the events. */
    public ReceiveSplit {
      Checks.present(complaintId, "ComplaintCommand.ReceiveSplit.complaintId");
      Checks.present(by, "ComplaintCommand.ReceiveSplit.by");
      Checks.present(from, "ComplaintCommand.ReceiveSplit.from");
      events = List.copyOf(Checks.present(events, "ComplaintCommand.ReceiveSplit.events"));
    }
  }
}
