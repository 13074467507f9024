/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.complaints.kpi.ComplaintColumns;
import io.github.cx4j.complaints.kpi.ComplaintKpis;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.kpi.KpiReport;
import io.github.cx4j.complaints.kpi.SyntheticHistory;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.core.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Complaint workflow and KPI throughput (issue 8 targets: folding at least 1 million events per
 * second; KPIs over 1,000,000 complaints within 1 second).
 *
 * <ul>
 *   <li>{@link #foldOneMillionEvents}: replay of one complaint's stream of exactly 1,000,000 events
 *       (receipt, acknowledgement, then alternating customer replies and agent responses); reported
 *       per event.
 *   <li>{@link #foldMixedHistory}: replay of a realistic interleaved history of 20,000 complaints
 *       (every event type), grouped by complaint; reported per invocation.
 *   <li>{@link #kpisOverOneMillionComplaints}: all KPIs over 1,000,000 complaints in columns.
 * </ul>
 */
@State(Scope.Benchmark)
public class ComplaintsBench {
  static final int EVENTS = 1_000_000;
  static final int COMPLAINTS = 1_000_000;

  List<ComplaintEvent> longStream;
  List<ComplaintEvent> mixed;
  ComplaintColumns columns;
  KpiOptions options;

  /** Builds the inputs. */
  @Setup
  public void setup() {
    ComplaintId id = ComplaintId.of("BENCH-1");
    Employee agent = Employee.of("agent", "desk");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    longStream = new ArrayList<>(EVENTS);
    longStream.add(
        new ComplaintEvent.Received(
            ComplaintEvent.idFor(id, 1, "bench"),
            id,
            1,
            t,
            CustomerId.of("c"),
            agent,
            Register.of(Channel.EMAIL, "p", "d", "n", "c", Severity.LOW),
            Optional.empty()));
    longStream.add(
        new ComplaintEvent.Acknowledged(ComplaintEvent.idFor(id, 2, "bench"), id, 2, t, agent));
    for (int v = 3; v <= EVENTS; v++) {
      Instant at = t.plusSeconds(v);
      longStream.add(
          v % 2 == 0
              ? new ComplaintEvent.CustomerReplied(
                  ComplaintEvent.idFor(id, v, "bench"), id, v, at, "reply")
              : new ComplaintEvent.AgentResponded(
                  ComplaintEvent.idFor(id, v, "bench"), id, v, at, agent, "answer"));
    }
    mixed = SyntheticHistory.generate(20_000, 8_000, t, 1);
    columns = randomColumns(COMPLAINTS, 400_000, 11);
    options = KpiOptions.defaults().withCustomers(10_000_000);
  }

  /**
   * Columns of a plausible complaint population, drawn directly (generating a million histories
   * through the workflow would dominate the set-up time).
   */
  static ComplaintColumns randomColumns(int n, int customers, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] customer = new int[n];
    int[] category = new int[n];
    long[] received = new long[n];
    long[] ack = new long[n];
    long[] first = new long[n];
    long[] resolved = new long[n];
    int[] reopens = new int[n];
    int[] bounces = new int[n];
    int[] escalation = new int[n];
    byte[] outcome = new byte[n];
    byte[] root = new byte[n];
    byte[] recurrence = new byte[n];
    double[] redress = new double[n];
    double[] satisfaction = new double[n];
    long start = 1_767_225_600L;
    for (int i = 0; i < n; i++) {
      customer[i] = (int) (customers * Math.pow(rnd.nextDouble(), 1.5));
      category[i] = rnd.nextInt(5);
      received[i] = start + rnd.nextLong(90L * 86_400);
      ack[i] = received[i] + 60 + rnd.nextLong(6 * 3600);
      first[i] = ack[i] + rnd.nextLong(12 * 3600);
      resolved[i] = rnd.nextDouble() < 0.95 ? first[i] + rnd.nextLong(5 * 86_400) : Long.MIN_VALUE;
      reopens[i] = rnd.nextDouble() < 0.08 ? 1 : 0;
      bounces[i] = rnd.nextDouble() < 0.1 ? 1 + rnd.nextInt(2) : 0;
      escalation[i] = rnd.nextDouble() < 0.15 ? 1 : 0;
      outcome[i] = (byte) rnd.nextInt(-1, 6);
      root[i] = (byte) rnd.nextInt(3);
      recurrence[i] = (byte) rnd.nextInt(3);
      redress[i] = rnd.nextDouble() < 0.3 ? rnd.nextInt(10, 200) : 0;
      satisfaction[i] = rnd.nextDouble() < 0.5 ? rnd.nextDouble() : -1;
    }
    return new ComplaintColumns(
        customer,
        category,
        List.of("a", "b", "c", "d", "e"),
        received,
        ack,
        first,
        resolved,
        reopens,
        bounces,
        escalation,
        outcome,
        root,
        recurrence,
        redress,
        satisfaction);
  }

  /**
   * Replays one stream of 1,000,000 events.
   *
   * @return the folded complaint
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(EVENTS)
  public Optional<Complaint> foldOneMillionEvents() {
    return ComplaintWorkflow.replay(longStream);
  }

  /**
   * Replays a realistic interleaved history of 20,000 complaints.
   *
   * @return the folded complaints
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Map<ComplaintId, Complaint> foldMixedHistory() {
    return ComplaintWorkflow.replayAll(mixed);
  }

  /**
   * Computes every KPI over 1,000,000 complaints.
   *
   * @return the report
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public KpiReport kpisOverOneMillionComplaints() {
    return ComplaintKpis.of(columns, options);
  }
}
