/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.complaints.recovery.RemedyKind;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Impact;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.RootCause;
import io.github.cx4j.complaints.workflow.SatisfactionPhase;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Money;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.core.concept.CustomerCue;
import io.github.cx4j.core.concept.CustomerState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic complaint histories for a restaurant chain, produced by running
 * the real {@link ComplaintWorkflow} (so every history is valid): receipt, acknowledgement,
 * assessment, replies, pending periods, hand-overs and bounces, remedies, escalation checks,
 * solving with an outcome, some reopening by customer replies, satisfaction scores and closing. For
 * examples, teaching and benchmarks; the proportions are illustrative, not empirical.
 */
public final class SyntheticHistory {
  private static final String[] CATEGORIES = {
    "food-quality", "service-attitude", "waiting-time", "billing", "cleanliness"
  };
  private static final Employee[] FRONT = {
    Employee.of("e01", "front-desk"),
    Employee.of("e02", "front-desk"),
    Employee.of("e03", "call-centre")
  };
  private static final Employee[] BACK = {
    Employee.of("e11", "kitchen"), Employee.of("e12", "quality"), Employee.of("e13", "finance")
  };

  private SyntheticHistory() {}

  /**
   * Generates the events of many complaints, sorted by time (each complaint's events stay in
   * version order).
   *
   * @param complaints how many complaints, not negative
   * @param customers how many distinct customers they come from, at least 1
   * @param start the start of the 90-day period over which complaints arrive
   * @param seed the random seed
   * @return the events
   */
  public static List<ComplaintEvent> generate(
      int complaints, int customers, Instant start, long seed) {
    if (complaints < 0) {
      throw CxValidationException.of("SyntheticHistory.complaints", "not be negative", complaints);
    }
    if (customers < 1) {
      throw CxValidationException.of("SyntheticHistory.customers", "be at least 1", customers);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    List<ComplaintEvent> all = new ArrayList<>(complaints * 9);
    for (int i = 0; i < complaints; i++) {
      all.addAll(one(i, customers, start, rnd, wf));
    }
    all.sort(Comparator.comparing(ComplaintEvent::at));
    return all;
  }

  private static List<ComplaintEvent> one(
      int index, int customers, Instant start, SplittableRandom rnd, ComplaintWorkflow wf) {
    ComplaintId id = ComplaintId.of(String.format(java.util.Locale.ROOT, "C-%07d", index + 1));
    // a skewed customer choice: some customers complain repeatedly
    int customer =
        (int) Math.min(customers - 1, Math.floor(customers * Math.pow(rnd.nextDouble(), 1.5)));
    String category = CATEGORIES[rnd.nextInt(CATEGORIES.length)];
    Employee receiver = FRONT[rnd.nextInt(FRONT.length)];
    Employee back = BACK[rnd.nextInt(BACK.length)];
    Run run = new Run(wf, id, start.plusSeconds(rnd.nextLong(90L * 86_400)));
    Register register =
        Register.of(
            Channel.values()[rnd.nextInt(Channel.values().length)],
            "restaurant",
            "complaint about " + category,
            "customer " + (customer + 1),
            "c" + (customer + 1) + "@example.com",
            Severity.values()[rnd.nextInt(3)]);
    if (rnd.nextDouble() < 0.01) {
      register = register.withSafetyFlag(true);
    }
    run.apply(
        new ComplaintCommand.Receive(
            id, CustomerId.of("cust-" + (customer + 1)), receiver, register, Optional.empty()),
        0);
    if (rnd.nextDouble() < 0.03) {
      run.apply(
          new ComplaintCommand.Close(id, receiver, Optional.of(ClosureOutcome.WITHDRAWN)),
          hours(rnd, 2));
      return run.events;
    }
    if (rnd.nextDouble() < 0.02) {
      run.apply(
          new ComplaintCommand.Merge(id, receiver, ComplaintId.of("C-0000000")), hours(rnd, 1));
      return run.events;
    }
    boolean slowAck = rnd.nextDouble() < 0.05;
    if (slowAck) {
      run.apply(new ComplaintCommand.EvaluateEscalations(id), 26 * 3600);
    }
    run.apply(new ComplaintCommand.Acknowledge(id, receiver), hours(rnd, 2));
    if (rnd.nextDouble() < 0.15) {
      run.apply(
          new ComplaintCommand.RecordCustomerState(
              id,
              receiver,
              CustomerState.IRATE,
              List.of(CustomerCue.INTERRUPTS, CustomerCue.STERN)),
          60);
      run.apply(new ComplaintCommand.EvaluateEscalations(id), 60);
    }
    ComplaintCause origin =
        rnd.nextDouble() < 0.7
            ? ComplaintCause.COMPANY
            : rnd.nextDouble() < 0.6 ? ComplaintCause.CUSTOMER : ComplaintCause.ENVIRONMENT;
    run.apply(
        new ComplaintCommand.Assess(
            id,
            receiver,
            category,
            RootCause.of(
                origin, origin == ComplaintCause.COMPANY, Recurrence.values()[rnd.nextInt(3)]),
            Impact.values()[rnd.nextInt(3)],
            Urgency.values()[rnd.nextInt(3)]),
        hours(rnd, 1));
    if (rnd.nextDouble() < 0.3) {
      run.apply(
          new ComplaintCommand.RecordSatisfaction(
              id, SatisfactionPhase.BEFORE, rnd.nextInt(1, 4), RatingScale.ONE_TO_FIVE),
          60);
    }
    run.apply(
        new ComplaintCommand.Respond(id, receiver, "We are sorry and are looking into it."),
        hours(rnd, 6));
    Employee owner = receiver;
    if (rnd.nextDouble() < 0.25) {
      run.apply(
          new ComplaintCommand.RequestHandover(id, receiver, back, "needs " + back.department()),
          hours(rnd, 2));
      if (rnd.nextDouble() < 0.3) {
        run.apply(
            new ComplaintCommand.DeclineHandover(id, back, "not our department"), hours(rnd, 3));
      } else {
        run.apply(new ComplaintCommand.AcceptHandover(id, back), hours(rnd, 3));
        owner = back;
        if (rnd.nextDouble() < 0.2) {
          run.apply(
              new ComplaintCommand.RequestHandover(
                  id, back, FRONT[(receiver.id().hashCode() & 1)], "back to the desk"),
              hours(rnd, 2));
          run.apply(
              new ComplaintCommand.AcceptHandover(id, FRONT[(receiver.id().hashCode() & 1)]),
              hours(rnd, 2));
          owner = FRONT[(receiver.id().hashCode() & 1)];
        }
      }
    }
    if (rnd.nextDouble() < 0.3) {
      run.apply(
          new ComplaintCommand.ChangeStatus(
              id, owner, SubStatus.of("awaiting-details", StatusCategory.PENDING)),
          hours(rnd, 1));
      run.apply(
          new ComplaintCommand.RecordCustomerReply(id, "here are the details"), hours(rnd, 24));
    }
    if (rnd.nextDouble() < 0.4) {
      boolean money = rnd.nextDouble() < 0.6;
      Remedy remedy =
          money
              ? Remedy.of(
                  RemedyKind.REFUND,
                  Money.of(BigDecimal.valueOf(rnd.nextInt(10, 200)), Money.currency("CNY")),
                  "refund")
              : Remedy.of(RemedyKind.APOLOGY, "apology");
      run.apply(new ComplaintCommand.ProvideRemedy(id, owner, remedy), hours(rnd, 4));
    }
    double u = rnd.nextDouble();
    ClosureOutcome outcome =
        u < 0.6
            ? ClosureOutcome.RESOLVED
            : u < 0.8
                ? ClosureOutcome.UPHELD
                : u < 0.95 ? ClosureOutcome.NOT_UPHELD : ClosureOutcome.REFERRED_TO_EXTERNAL_DR;
    run.apply(
        new ComplaintCommand.Solve(id, owner, outcome, "decision: " + outcome), hours(rnd, 48));
    if (rnd.nextDouble() < 0.08) {
      run.apply(new ComplaintCommand.RecordCustomerReply(id, "this is not solved"), hours(rnd, 48));
      run.apply(
          new ComplaintCommand.Solve(id, owner, ClosureOutcome.RESOLVED, "second decision"),
          hours(rnd, 24));
    }
    if (rnd.nextDouble() < 0.5) {
      int score = outcome == ClosureOutcome.NOT_UPHELD ? rnd.nextInt(1, 4) : rnd.nextInt(3, 6);
      run.apply(
          new ComplaintCommand.RecordSatisfaction(
              id, SatisfactionPhase.AFTER, score, RatingScale.ONE_TO_FIVE),
          hours(rnd, 24));
    }
    run.apply(new ComplaintCommand.Close(id, owner, Optional.empty()), 3 * 86_400);
    return run.events;
  }

  private static long hours(SplittableRandom rnd, double mean) {
    return 60 + (long) (-Math.log(1 - rnd.nextDouble()) * mean * 3600);
  }

  /** Applies commands to one complaint, failing loudly if the generator breaks a rule. */
  private static final class Run {
    final ComplaintWorkflow wf;
    final ComplaintId id;
    final List<ComplaintEvent> events = new ArrayList<>(12);
    Optional<Complaint> state = Optional.empty();
    Instant now;

    Run(ComplaintWorkflow wf, ComplaintId id, Instant start) {
      this.wf = wf;
      this.id = id;
      this.now = start;
    }

    void apply(ComplaintCommand command, long afterSeconds) {
      now = now.plus(Duration.ofSeconds(afterSeconds));
      Decision d = wf.decide(state, command, now);
      if (!d.accepted()) {
        throw new IllegalStateException("generator rejected for " + id + ": " + d);
      }
      for (ComplaintEvent e : d.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, e));
        events.add(e);
      }
    }
  }
}
