/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.complaints.workflow.ComplaintCommand.AcceptHandover;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Acknowledge;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Assess;
import io.github.cx4j.complaints.workflow.ComplaintCommand.AssignInvestigator;
import io.github.cx4j.complaints.workflow.ComplaintCommand.ChangeStatus;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Close;
import io.github.cx4j.complaints.workflow.ComplaintCommand.DeclineHandover;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Escalate;
import io.github.cx4j.complaints.workflow.ComplaintCommand.EvaluateEscalations;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Merge;
import io.github.cx4j.complaints.workflow.ComplaintCommand.ProvideRemedy;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Receive;
import io.github.cx4j.complaints.workflow.ComplaintCommand.RecordCustomerReply;
import io.github.cx4j.complaints.workflow.ComplaintCommand.RecordFindings;
import io.github.cx4j.complaints.workflow.ComplaintCommand.RecordSatisfaction;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Reopen;
import io.github.cx4j.complaints.workflow.ComplaintCommand.RequestHandover;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Respond;
import io.github.cx4j.complaints.workflow.ComplaintCommand.Solve;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Acknowledged;
import io.github.cx4j.complaints.workflow.ComplaintEvent.AgentResponded;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Assessed;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Closed;
import io.github.cx4j.complaints.workflow.ComplaintEvent.CustomerReplied;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Escalated;
import io.github.cx4j.complaints.workflow.ComplaintEvent.FollowUpLinked;
import io.github.cx4j.complaints.workflow.ComplaintEvent.HandoverAccepted;
import io.github.cx4j.complaints.workflow.ComplaintEvent.HandoverDeclined;
import io.github.cx4j.complaints.workflow.ComplaintEvent.HandoverRequested;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Investigated;
import io.github.cx4j.complaints.workflow.ComplaintEvent.InvestigatorAssigned;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Merged;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Received;
import io.github.cx4j.complaints.workflow.ComplaintEvent.RemedyProvided;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Reopened;
import io.github.cx4j.complaints.workflow.ComplaintEvent.SatisfactionRecorded;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Solved;
import io.github.cx4j.complaints.workflow.ComplaintEvent.StatusChanged;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The complaint workflow as two pure functions: {@link #decide} (state, command, time) to events or
 * a rejection, and {@link #evolve} (state, event) to the next state. A complaint is the fold of its
 * events ({@link #replay}).
 *
 * <p>Rules (ISO 10002:2018 clause 8; helpdesk status practice; course files "Customer Relationship
 * Management", "Customer Satisfaction Management" and "All-Staff Service"):
 *
 * <ul>
 *   <li>A complaint starts {@link StatusCategory#NEW} and never returns to it. Any command that
 *       works on a new complaint (assess, respond, solve, ...) acknowledges it first.
 *   <li>A customer reply reopens a pending, on-hold or solved complaint; on a closed one it is
 *       recorded and the complaint stays closed.
 *   <li>Explicit reopening follows the {@link ReopenPolicy}; merging closes the source as merged.
 *   <li>The first receiver stays accountable; hand-overs need the receiver's acceptance; declined
 *       hand-overs and returns to an earlier department count as bounces.
 *   <li>The person complained about may neither investigate nor receive a hand-over.
 *   <li>Closed and merged complaints accept only reopening (closed), late customer replies,
 *       remedies and satisfaction scores; merged ones nothing.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ComplaintWorkflow {
  private static final ComplaintWorkflow STANDARD =
      new ComplaintWorkflow(WorkflowPolicy.defaults());

  private final WorkflowPolicy policy;

  private ComplaintWorkflow(WorkflowPolicy policy) {
    this.policy = policy;
  }

  /**
   * The workflow with {@link WorkflowPolicy#defaults()}.
   *
   * @return the standard workflow
   */
  public static ComplaintWorkflow standard() {
    return STANDARD;
  }

  /**
   * A workflow with a policy.
   *
   * @param policy the policy
   * @return the workflow
   */
  public static ComplaintWorkflow of(WorkflowPolicy policy) {
    return new ComplaintWorkflow(Checks.present(policy, "ComplaintWorkflow.policy"));
  }

  /**
   * The workflow's policy.
   *
   * @return the policy
   */
  public WorkflowPolicy policy() {
    return policy;
  }

  /**
   * Decides a command against a complaint's state.
   *
   * @param state the complaint, or empty before it is received
   * @param command the command
   * @param now the time of the command; the events carry it
   * @return the events to append (with consecutive versions after the state's) or a rejection
   */
  public Decision decide(Optional<Complaint> state, ComplaintCommand command, Instant now) {
    Checks.present(command, "ComplaintWorkflow.command");
    Checks.present(now, "ComplaintWorkflow.now");
    if (state.isEmpty()) {
      if (command instanceof Receive r) {
        return new Decision.Accepted(
            List.of(
                new Received(
                    ComplaintEvent.idFor(r.complaintId(), 1, now + "#" + r),
                    r.complaintId(),
                    1,
                    now,
                    r.customer(),
                    r.receivedBy(),
                    r.register(),
                    r.followUpOf())));
      }
      if (command instanceof ComplaintCommand.ReceiveSplit r) {
        return OperationsDecisions.receiveSplit(r, now);
      }
      return reject(
          RejectionReason.NOT_RECEIVED,
          "complaint " + command.complaintId() + " has not been received");
    }
    return decide(state.get(), command, now);
  }

  /**
   * Decides a command against an existing complaint.
   *
   * @param c the complaint
   * @param command the command
   * @param now the time of the command
   * @return the events or a rejection
   */
  public Decision decide(Complaint c, ComplaintCommand command, Instant now) {
    Checks.present(command, "ComplaintWorkflow.command");
    Checks.present(now, "ComplaintWorkflow.now");
    if (!command.complaintId().equals(c.id())) {
      return reject(
          RejectionReason.WRONG_COMPLAINT,
          "command for " + command.complaintId() + " given to complaint " + c.id());
    }
    if (command instanceof Receive) {
      return reject(RejectionReason.ALREADY_RECEIVED, "complaint " + c.id() + " was received");
    }
    if (command instanceof ComplaintCommand.ReceiveSplit r) {
      return c.splitFrom().filter(r.from()::equals).isPresent()
          ? new Decision.Accepted(List.of())
          : reject(RejectionReason.ALREADY_RECEIVED, "complaint " + c.id() + " was received");
    }
    if (now.isBefore(c.lastEventAt())) {
      return reject(
          RejectionReason.TIME_BEFORE_LAST_EVENT,
          "time " + now + " is before the last event at " + c.lastEventAt());
    }
    StatusCategory status = c.status();
    if (status == StatusCategory.MERGED) {
      return reject(
          RejectionReason.TERMINAL_STATUS, "complaint " + c.id() + " is merged into " + merged(c));
    }
    if (status == StatusCategory.CLOSED
        && !(command instanceof Reopen
            || command instanceof RecordCustomerReply
            || command instanceof ProvideRemedy
            || command instanceof RecordSatisfaction
            || command instanceof EvaluateEscalations
            || command instanceof ComplaintCommand.LinkRelated
            || command instanceof ComplaintCommand.ScheduleSurvey
            || command instanceof ComplaintCommand.AnswerSurvey)) {
      return reject(
          RejectionReason.TERMINAL_STATUS,
          "complaint " + c.id() + " is closed; only reopening, replies, remedies and scores apply");
    }
    Events out = new Events(c, now, command);
    if (command instanceof Acknowledge a) {
      return acknowledge(c, a, out, now);
    } else if (command instanceof Assess a) {
      return assess(c, a, out, now);
    } else if (command instanceof AssignInvestigator a) {
      return assignInvestigator(c, a, out, now);
    } else if (command instanceof RecordFindings f) {
      return recordFindings(c, f, out, now);
    } else if (command instanceof RequestHandover h) {
      return requestHandover(c, h, out, now);
    } else if (command instanceof AcceptHandover h) {
      return acceptHandover(c, h, out, now);
    } else if (command instanceof DeclineHandover h) {
      return declineHandover(c, h, out, now);
    } else if (command instanceof Respond r) {
      return respond(c, r, out, now);
    } else if (command instanceof RecordCustomerReply r) {
      return recordCustomerReply(c, r, out, now);
    } else if (command instanceof ChangeStatus s) {
      return changeStatus(c, s, out, now);
    } else if (command instanceof Solve s) {
      return solve(c, s, out, now);
    } else if (command instanceof Close cl) {
      return close(c, cl, out, now);
    } else if (command instanceof Reopen r) {
      return reopen(c, r, out, now);
    } else if (command instanceof Merge m) {
      return merge(c, m, out, now);
    } else if (command instanceof ProvideRemedy p) {
      return provideRemedy(c, p, out, now);
    } else if (command instanceof RecordSatisfaction s) {
      return recordSatisfaction(c, s, out, now);
    } else if (command instanceof Escalate e) {
      return escalate(c, e, out, now);
    } else if (command instanceof ComplaintCommand.RecordCustomerState r) {
      return recordCustomerState(c, r, out, now);
    } else if (command instanceof EvaluateEscalations e) {
      return evaluateEscalations(c, e, out, now);
    } else if (command instanceof ComplaintCommand.Route r) {
      return OperationsDecisions.route(c, r, out, now);
    } else if (command instanceof ComplaintCommand.SendReminder r) {
      return OperationsDecisions.sendReminder(c, r, out, now);
    } else if (command instanceof ComplaintCommand.EscalateByRule e) {
      return OperationsDecisions.escalateByRule(c, e, out, now);
    } else if (command instanceof ComplaintCommand.LinkRelated l) {
      return OperationsDecisions.linkRelated(c, l, out, now);
    } else if (command instanceof ComplaintCommand.RecordMergeReceived m) {
      return OperationsDecisions.recordMergeReceived(c, m, out, now);
    } else if (command instanceof ComplaintCommand.Split s) {
      return OperationsDecisions.split(c, s, out, now);
    } else if (command instanceof ComplaintCommand.ScheduleSurvey s) {
      return OperationsDecisions.scheduleSurvey(c, s, out, now);
    } else if (command instanceof ComplaintCommand.AnswerSurvey a) {
      return OperationsDecisions.answerSurvey(c, a, out, now);
    }
    throw new IllegalStateException("unhandled command " + command.getClass().getName());
  }

  private static Decision acknowledge(Complaint c, Acknowledge a, Events out, Instant now) {
    if (c.acknowledgedAt().isPresent()) {
      return reject(
          RejectionReason.ALREADY_ACKNOWLEDGED,
          "complaint " + c.id() + " was acknowledged at " + c.acknowledgedAt().get());
    }
    out.add((id, v) -> new Acknowledged(id, c.id(), v, now, a.by()));
    return out.accepted();
  }

  private Decision assess(Complaint c, Assess a, Events out, Instant now) {
    Decision notActive = requireActive(c, "assess");
    if (notActive != null) {
      return notActive;
    }
    Classification classification =
        new Classification(
            a.category(),
            a.rootCause(),
            a.impact(),
            a.urgency(),
            policy.priorities().priority(a.impact(), a.urgency()));
    out.acknowledgeIfNew(a.by());
    out.add((id, v) -> new Assessed(id, c.id(), v, now, a.by(), classification));
    return out.accepted();
  }

  private static Decision assignInvestigator(
      Complaint c, AssignInvestigator a, Events out, Instant now) {
    Decision notActive = requireActive(c, "assign an investigator to");
    if (notActive != null) {
      return notActive;
    }
    if (isSubject(c, a.investigator())) {
      return reject(
          RejectionReason.OBJECTIVITY_CONFLICT,
          "investigator "
              + a.investigator().id()
              + " is the person complained about in complaint "
              + c.id());
    }
    out.acknowledgeIfNew(a.by());
    out.add((id, v) -> new InvestigatorAssigned(id, c.id(), v, now, a.by(), a.investigator()));
    return out.accepted();
  }

  private static Decision recordFindings(Complaint c, RecordFindings f, Events out, Instant now) {
    Decision notActive = requireActive(c, "record findings on");
    if (notActive != null) {
      return notActive;
    }
    if (c.investigator().isEmpty()) {
      return reject(
          RejectionReason.NO_INVESTIGATOR, "complaint " + c.id() + " has no investigator");
    }
    out.add((id, v) -> new Investigated(id, c.id(), v, now, f.by(), f.findings()));
    return out.accepted();
  }

  private static Decision acceptHandover(Complaint c, AcceptHandover h, Events out, Instant now) {
    Decision notReceiver = requireReceiver(c, h.by());
    if (notReceiver != null) {
      return notReceiver;
    }
    Employee to = c.pendingHandover().orElseThrow().to();
    boolean bounce =
        !to.department().equals(c.owner().department())
            && c.departments().contains(to.department());
    out.add((id, v) -> new HandoverAccepted(id, c.id(), v, now, c.owner(), to, bounce));
    return out.accepted();
  }

  private static Decision declineHandover(Complaint c, DeclineHandover h, Events out, Instant now) {
    Decision notReceiver = requireReceiver(c, h.by());
    if (notReceiver != null) {
      return notReceiver;
    }
    Employee to = c.pendingHandover().orElseThrow().to();
    out.add((id, v) -> new HandoverDeclined(id, c.id(), v, now, c.owner(), to, h.reason()));
    return out.accepted();
  }

  private static Decision respond(Complaint c, Respond r, Events out, Instant now) {
    out.acknowledgeIfNew(r.by());
    out.add((id, v) -> new AgentResponded(id, c.id(), v, now, r.by(), r.message()));
    return out.accepted();
  }

  private static Decision recordCustomerReply(
      Complaint c, RecordCustomerReply r, Events out, Instant now) {
    StatusCategory status = c.status();
    out.add((id, v) -> new CustomerReplied(id, c.id(), v, now, r.message()));
    if (status == StatusCategory.SOLVED) {
      out.add(
          (id, v) -> new Reopened(id, c.id(), v, now, Optional.empty(), "the customer replied"));
      out.invalidateSurvey();
    } else if (status == StatusCategory.PENDING || status == StatusCategory.ON_HOLD) {
      out.add(
          (id, v) ->
              new StatusChanged(
                  id, c.id(), v, now, Optional.empty(), SubStatus.defaultOf(StatusCategory.OPEN)));
    }
    return out.accepted();
  }

  private static Decision changeStatus(Complaint c, ChangeStatus s, Events out, Instant now) {
    StatusCategory to = s.to().category();
    if (to == StatusCategory.NEW) {
      return reject(RejectionReason.NEVER_BACK_TO_NEW, "complaint " + c.id() + " is " + c.status());
    }
    if (to == StatusCategory.SOLVED || to == StatusCategory.CLOSED || to == StatusCategory.MERGED) {
      return reject(
          RejectionReason.NOT_ALLOWED_IN_STATUS,
          "status " + to + " is reached by solving, closing or merging, not by a status change");
    }
    Decision notActive = requireActive(c, "change the status of");
    if (notActive != null) {
      return notActive;
    }
    out.acknowledgeIfNew(s.by());
    out.add((id, v) -> new StatusChanged(id, c.id(), v, now, Optional.of(s.by()), s.to()));
    return out.accepted();
  }

  private static Decision solve(Complaint c, Solve s, Events out, Instant now) {
    Decision notActive = requireActive(c, "solve");
    if (notActive != null) {
      return notActive;
    }
    if (s.outcome() == ClosureOutcome.WITHDRAWN || s.outcome() == ClosureOutcome.NO_CONTACT) {
      return reject(
          RejectionReason.INVALID_OUTCOME,
          "outcome " + s.outcome() + " closes a complaint; it does not solve one");
    }
    out.acknowledgeIfNew(s.by());
    out.add((id, v) -> new Solved(id, c.id(), v, now, s.by(), s.outcome(), s.decision()));
    return out.accepted();
  }

  private static Decision close(Complaint c, Close cl, Events out, Instant now) {
    StatusCategory status = c.status();
    ClosureOutcome outcome;
    if (status == StatusCategory.SOLVED) {
      outcome = cl.outcome().orElse(c.outcome().orElseThrow());
    } else if (cl.outcome().isPresent()) {
      outcome = cl.outcome().get();
    } else {
      return reject(
          RejectionReason.OUTCOME_REQUIRED,
          "complaint " + c.id() + " is " + status + " and closing it needs an outcome");
    }
    out.add((id, v) -> new Closed(id, c.id(), v, now, Optional.of(cl.by()), outcome));
    return out.accepted();
  }

  private static Decision merge(Complaint c, Merge m, Events out, Instant now) {
    if (m.into().equals(c.id())) {
      return reject(
          RejectionReason.MERGE_INTO_SELF, "complaint " + c.id() + " cannot merge into itself");
    }
    out.add((id, v) -> new Merged(id, c.id(), v, now, m.by(), m.into()));
    return out.accepted();
  }

  private static Decision provideRemedy(Complaint c, ProvideRemedy p, Events out, Instant now) {
    out.add((id, v) -> new RemedyProvided(id, c.id(), v, now, p.by(), p.remedy()));
    return out.accepted();
  }

  private static Decision recordSatisfaction(
      Complaint c, RecordSatisfaction s, Events out, Instant now) {
    out.add(
        (id, v) -> new SatisfactionRecorded(id, c.id(), v, now, s.phase(), s.score(), s.scale()));
    return out.accepted();
  }

  private static Decision escalate(Complaint c, Escalate e, Events out, Instant now) {
    Decision notActive = requireActive(c, "escalate");
    if (notActive != null) {
      return notActive;
    }
    if (e.level() <= c.escalationLevel()) {
      return reject(
          RejectionReason.ESCALATION_NOT_HIGHER,
          "complaint " + c.id() + " is at level " + c.escalationLevel() + ", asked " + e.level());
    }
    out.add((id, v) -> new Escalated(id, c.id(), v, now, e.level(), "manual", e.reason()));
    return out.accepted();
  }

  private static Decision recordCustomerState(
      Complaint c, ComplaintCommand.RecordCustomerState r, Events out, Instant now) {
    out.add(
        (id, v) ->
            new ComplaintEvent.CustomerStateRecognised(
                id, c.id(), v, now, r.by(), r.state(), r.cues()));
    return out.accepted();
  }

  private Decision evaluateEscalations(
      Complaint c, EvaluateEscalations e, Events out, Instant now) {
    if (!c.active()) {
      return out.accepted();
    }
    int level = c.escalationLevel();
    if (e.clockLevels().isPresent()
        && policy.escalationRules().contains(EscalationRules.slaLevels())) {
      for (EscalationDue d :
          EscalationRules.SlaLevels.steps(e.clockLevels().get(), c.escalationLevel())) {
        out.add((id, v) -> new Escalated(id, c.id(), v, now, d.level(), d.rule(), d.reason()));
        level = d.level();
      }
    }
    Optional<EscalationDue> due =
        EscalationRules.highest(policy.escalationRules(), c, now, policy.time(), e.clockLevels());
    if (due.isPresent() && due.get().level() > level) {
      EscalationDue d = due.get();
      out.add((id, v) -> new Escalated(id, c.id(), v, now, d.level(), d.rule(), d.reason()));
    }
    return out.accepted();
  }

  private static Decision requestHandover(Complaint c, RequestHandover h, Events out, Instant now) {
    Decision notActive = requireActive(c, "hand over");
    if (notActive != null) {
      return notActive;
    }
    if (!h.from().id().equals(c.owner().id())) {
      return reject(
          RejectionReason.NOT_THE_OWNER,
          h.from().id() + " is not the owner " + c.owner().id() + " of complaint " + c.id());
    }
    if (c.pendingHandover().isPresent()) {
      return reject(
          RejectionReason.HANDOVER_PENDING,
          "a hand-over to " + c.pendingHandover().get().to().id() + " is waiting");
    }
    if (h.to().id().equals(c.owner().id())) {
      return reject(
          RejectionReason.HANDOVER_TO_OWNER, h.to().id() + " already owns complaint " + c.id());
    }
    if (isSubject(c, h.to())) {
      return reject(
          RejectionReason.OBJECTIVITY_CONFLICT,
          h.to().id() + " is the person complained about in complaint " + c.id());
    }
    out.add((id, v) -> new HandoverRequested(id, c.id(), v, now, c.owner(), h.to(), h.reason()));
    return out.accepted();
  }

  private Decision reopen(Complaint c, Reopen r, Events out, Instant now) {
    StatusCategory status = c.status();
    if (status != StatusCategory.SOLVED && status != StatusCategory.CLOSED) {
      return reject(
          RejectionReason.NOT_SOLVED,
          "complaint " + c.id() + " is " + status + "; only solved or closed ones reopen");
    }
    ReopenPolicy rp = policy.reopen();
    boolean mayReopen;
    String why;
    switch (rp.mode()) {
      case REOPEN:
        mayReopen = true;
        why = "";
        break;
      case FOLLOW_UP:
        mayReopen = status == StatusCategory.SOLVED;
        why = "closed complaints get a linked follow-up";
        break;
      default:
        Instant since = c.solvedAt().orElseGet(() -> c.closedAt().orElseThrow());
        Duration elapsed = policy.time().between(since, now);
        mayReopen = elapsed.compareTo(rp.window()) <= 0;
        why = elapsed + " since solving exceeds the reopen window " + rp.window();
        break;
    }
    if (mayReopen) {
      out.acknowledgeIfUnacknowledged(r.by());
      out.add((id, v) -> new Reopened(id, c.id(), v, now, Optional.of(r.by()), r.reason()));
      out.invalidateSurvey();
      return out.accepted();
    }
    if (r.followUp().isEmpty()) {
      return reject(
          rp.mode() == ReopenPolicy.Mode.FOLLOW_UP
              ? RejectionReason.FOLLOW_UP_REQUIRED
              : RejectionReason.REOPEN_WINDOW_EXPIRED,
          why + "; give the id of a new follow-up complaint");
    }
    ComplaintId followUp = r.followUp().get();
    if (followUp.equals(c.id())) {
      return reject(
          RejectionReason.MERGE_INTO_SELF, "a follow-up of " + c.id() + " needs its own id");
    }
    out.add((id, v) -> new FollowUpLinked(id, c.id(), v, now, r.by(), followUp, r.reason()));
    return out.accepted();
  }

  private static boolean isSubject(Complaint c, Employee e) {
    Optional<String> subject = c.register().personComplainedAbout();
    return subject.isPresent() && subject.get().equals(e.id());
  }

  private static String merged(Complaint c) {
    return c.mergedInto().map(ComplaintId::value).orElse("?");
  }

  static @Nullable Decision requireActive(Complaint c, String action) {
    if (c.active()) {
      return null;
    }
    return reject(
        RejectionReason.NOT_ALLOWED_IN_STATUS,
        "cannot " + action + " complaint " + c.id() + " while it is " + c.status());
  }

  /** The rejection of a reply to a hand-over that is not pending or not addressed to {@code by}. */
  private static @Nullable Decision requireReceiver(Complaint c, Employee by) {
    Optional<PendingHandover> pending = c.pendingHandover();
    if (pending.isEmpty()) {
      return reject(
          RejectionReason.NO_PENDING_HANDOVER, "complaint " + c.id() + " has no hand-over");
    }
    if (!pending.get().to().id().equals(by.id())) {
      return reject(
          RejectionReason.NOT_THE_RECEIVER,
          by.id() + " is not the receiver " + pending.get().to().id());
    }
    return null;
  }

  static Decision reject(RejectionReason reason, String message) {
    return new Decision.Rejected(reason, message);
  }

  /** Collects events with consecutive versions. */
  static final class Events {
    private final Complaint state;
    private final Instant now;
    private final List<ComplaintEvent> events = new ArrayList<>(2);
    private long version;

    private final String discriminator;

    Events(Complaint state, Instant now, ComplaintCommand command) {
      this.state = state;
      this.now = now;
      this.discriminator = now + "#" + command;
      this.version = state.version();
    }

    void add(EventFactory factory) {
      version++;
      events.add(factory.create(ComplaintEvent.idFor(state.id(), version, discriminator), version));
    }

    void acknowledgeIfNew(Employee by) {
      if (state.status() == StatusCategory.NEW) {
        add((id, v) -> new Acknowledged(id, state.id(), v, now, by));
      }
    }

    void invalidateSurvey() {
      Optional<SurveyState> survey = state.survey();
      if (survey.isPresent() && survey.get().status() != SurveyState.Status.INVALIDATED) {
        add(
            (id, v) ->
                new ComplaintEvent.SurveyInvalidated(
                    id, state.id(), v, now, "the complaint was reopened"));
      }
    }

    void acknowledgeIfUnacknowledged(Employee by) {
      if (state.acknowledgedAt().isEmpty()) {
        add((id, v) -> new Acknowledged(id, state.id(), v, now, by));
      }
    }

    Decision accepted() {
      return new Decision.Accepted(events);
    }
  }

  @FunctionalInterface
  interface EventFactory {
    ComplaintEvent create(UUID id, long version);
  }

  // ---------------------------------------------------------------------------------------------
  // evolve

  /**
   * Applies one event to a complaint's state. An event whose version is at or below the state's
   * version has already been applied (the store assigns versions consecutively and ids are unique),
   * so the state is returned unchanged: applying an event twice changes nothing. An event with the
   * state's own version but another id is a conflicting write, not a duplicate, and is rejected.
   *
   * @param state the complaint, or empty before the first event
   * @param event the event
   * @return the new state
   * @throws CxValidationException if the event belongs to another complaint, skips a version,
   *     conflicts with the last event applied, or the first event is not {@link Received}: a
   *     corrupt stream, not a business rule
   */
  public static Complaint evolve(Optional<Complaint> state, ComplaintEvent event) {
    if (state.isPresent()) {
      return evolve(state.get(), event);
    }
    return ComplaintFold.start(event).build();
  }

  /**
   * Applies one event to an existing complaint; see {@link #evolve(Optional, ComplaintEvent)}.
   *
   * @param c the complaint
   * @param event the event
   * @return the new state
   */
  public static Complaint evolve(Complaint c, ComplaintEvent event) {
    if (event.version() <= c.version()) {
      ComplaintFold.requireNotConflicting(c.id(), c.version(), c.lastEventId(), event);
      return c;
    }
    ComplaintFold fold = ComplaintFold.of(c);
    fold.apply(event);
    return fold.build();
  }

  /**
   * Folds a complaint's events in order, through a mutable accumulator: the state is built and
   * validated once, after the last event, so replay runs at millions of events per second.
   *
   * @param events the events of one complaint, first to last
   * @return the complaint, or empty for no events
   * @throws CxValidationException if the stream is corrupt (see {@link #evolve(Optional,
   *     ComplaintEvent)})
   */
  public static Optional<Complaint> replay(Iterable<? extends ComplaintEvent> events) {
    ComplaintFold fold = null;
    for (ComplaintEvent e : events) {
      if (fold == null) {
        fold = ComplaintFold.start(e);
      } else {
        fold.apply(e);
      }
    }
    return fold == null ? Optional.empty() : Optional.of(fold.build());
  }

  /**
   * Folds an event stream that interleaves many complaints (each complaint's events in version
   * order; duplicates ignored) into the final state of each.
   *
   * @param events the events
   * @return the complaints by id, in order of first appearance
   * @throws CxValidationException if a complaint's stream is corrupt
   */
  public static Map<ComplaintId, Complaint> replayAll(Iterable<? extends ComplaintEvent> events) {
    Map<ComplaintId, ComplaintFold> folds = new LinkedHashMap<>();
    for (ComplaintEvent e : events) {
      ComplaintFold fold = folds.get(e.complaintId());
      if (fold == null) {
        folds.put(e.complaintId(), ComplaintFold.start(e));
      } else {
        fold.apply(e);
      }
    }
    Map<ComplaintId, Complaint> states = new LinkedHashMap<>();
    for (Map.Entry<ComplaintId, ComplaintFold> f : folds.entrySet()) {
      states.put(f.getKey(), f.getValue().build());
    }
    return states;
  }
}
