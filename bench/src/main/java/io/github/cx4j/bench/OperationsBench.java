/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.complaints.automation.Automation;
import io.github.cx4j.complaints.automation.AutomationEngine;
import io.github.cx4j.complaints.automation.CaseState;
import io.github.cx4j.complaints.automation.Due;
import io.github.cx4j.complaints.automation.TimeCounter;
import io.github.cx4j.complaints.routing.Agent;
import io.github.cx4j.complaints.routing.Queue;
import io.github.cx4j.complaints.routing.Router;
import io.github.cx4j.complaints.routing.RoutingRequest;
import io.github.cx4j.complaints.routing.RoutingResult;
import io.github.cx4j.complaints.routing.Strategy;
import io.github.cx4j.complaints.routing.TeamState;
import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.SlaMetric;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.sla.SlaPolicy;
import io.github.cx4j.complaints.sla.SlaRule;
import io.github.cx4j.complaints.sla.SlaTarget;
import io.github.cx4j.complaints.sla.TimeRange;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Priority;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CustomerId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Helpdesk operations (issue: {@code due} over 100,000 open complaints at 1,000,000 complaints/s or
 * more; routing 10,000 new complaints to 200 agents in 50 ms or less). The complaints are a seeded
 * mix of new, open, pending and solved ones received over five office days, with their SLA clocks
 * (first response 4 business hours, resolution 3 business days) evaluated at the same instant.
 */
@State(Scope.Thread)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OperationsBench {
  private static final int COMPLAINTS = 100_000;
  private static final int NEW = 10_000;
  private static final Instant NOW = Instant.parse("2026-01-09T15:00:00Z");

  private AutomationEngine engine;
  private CaseState[] states;
  private Router router;
  private List<RoutingRequest> requests;

  /** Builds the complaints, their clocks, the team and the requests from a fixed seed. */
  @Setup
  public void setUp() {
    BusinessCalendar office =
        BusinessCalendar.weekly(
                ZoneOffset.UTC,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(TimeRange.of("09:00", "17:00")))
            .named("office");
    SlaPolicy policy =
        SlaPolicy.builder()
            .id("bench")
            .version(1)
            .effectiveFrom(Instant.parse("2025-01-01T00:00:00Z"))
            .calendar("office")
            .addRules(
                SlaRule.builder()
                    .name("all")
                    .addTargets(
                        SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4)),
                        SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(24)))
                    .build())
            .build();
    SlaMonitor monitor = SlaMonitor.of(policy, office);
    Employee desk = Employee.of("desk", "front");
    engine =
        AutomationEngine.of(
            Automation.standard(), TimeCounter.of(office), Employee.of("automation", "system"));
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    SplittableRandom random = new SplittableRandom(20261202L);
    Register register =
        Register.of(Channel.EMAIL, "parcel", "late", "Ms. Li", "li@example.com", Severity.LOW);
    states = new CaseState[COMPLAINTS];
    for (int i = 0; i < COMPLAINTS; i++) {
      ComplaintId id = ComplaintId.of("B-" + i);
      Instant received =
          Instant.parse("2026-01-05T09:00:00Z")
              .plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60 - 600)));
      if (received.isAfter(NOW)) {
        received = NOW.minus(Duration.ofMinutes(5));
      }
      List<ComplaintEvent> events = new ArrayList<>();
      events.addAll(
          wf.decide(
                  Optional.empty(),
                  new ComplaintCommand.Receive(
                      id, CustomerId.of("c" + i), desk, register, Optional.empty()),
                  received)
              .events());
      Complaint c = ComplaintWorkflow.replay(events).orElseThrow();
      int kind = random.nextInt(4);
      Instant later = received.plus(Duration.ofMinutes(2));
      ComplaintCommand next =
          switch (kind) {
            case 0 -> new ComplaintCommand.Acknowledge(id, desk);
            case 1 -> new ComplaintCommand.Respond(id, desk, "on it");
            case 2 ->
                new ComplaintCommand.ChangeStatus(
                    id, desk, SubStatus.defaultOf(StatusCategory.PENDING));
            default ->
                new ComplaintCommand.Solve(
                    id, desk, io.github.cx4j.complaints.workflow.ClosureOutcome.UPHELD, "ok");
          };
      if (kind != 0 || random.nextBoolean()) {
        events.addAll(wf.decide(c, next, later).events());
        c = ComplaintWorkflow.replay(events).orElseThrow();
      }
      states[i] = CaseState.of(c, monitor.clocks(events, NOW));
    }
    List<Agent> agents = new ArrayList<>();
    List<Queue> queues = new ArrayList<>();
    String[] categories = {"billing", "delivery", "quality", "staff", "app"};
    for (int a = 0; a < 200; a++) {
      agents.add(
          new Agent(
              Employee.of("agent-" + a, "support"),
              Set.of(categories[a % 5], categories[(a + 1) % 5]),
              a % 3 == 0 ? Set.of("zh", "en") : Set.of(a % 3 == 1 ? "zh" : "en"),
              200));
    }
    Strategy[] strategies = Strategy.values();
    for (int q = 0; q < 10; q++) {
      List<String> members = new ArrayList<>();
      for (int a = q * 20; a < q * 20 + 20; a++) {
        members.add("agent-" + a);
      }
      queues.add(
          new Queue(
              "q" + q,
              q < 9 ? Set.of(categories[q % 5]) : Set.of(),
              q < 9 && q % 2 == 0 ? Set.of(Channel.EMAIL, Channel.APP) : Set.of(),
              Set.of(),
              Set.of(),
              members,
              strategies[q % 3]));
    }
    router = Router.of(queues, agents);
    requests = new ArrayList<>(NEW);
    Channel[] channels = Channel.values();
    Priority[] priorities = Priority.values();
    for (int i = 0; i < NEW; i++) {
      requests.add(
          new RoutingRequest(
              ComplaintId.of("N-" + i),
              categories[random.nextInt(5)],
              channels[random.nextInt(channels.length)],
              priorities[random.nextInt(priorities.length)],
              random.nextBoolean() ? "zh" : "en"));
    }
  }

  /**
   * {@code due} over all 100,000 complaints; the score is complaints per second.
   *
   * @return the due commands and wake-ups, counted
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(COMPLAINTS)
  public long due() {
    long n = 0;
    for (CaseState s : states) {
      Due d = engine.due(s, NOW);
      n += d.commands().size() + (d.nextWakeUp().isPresent() ? 1 : 0);
    }
    return n;
  }

  /**
   * Routing 10,000 new complaints to 200 agents in 10 queues.
   *
   * @return the result
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public RoutingResult route10000() {
    return router.route(requests, TeamState.empty());
  }
}
