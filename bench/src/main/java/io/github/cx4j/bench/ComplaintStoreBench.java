/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.complaints.jdbc.JdbcEventStore;
import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.sla.SlaMetric;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.sla.SlaPolicy;
import io.github.cx4j.complaints.sla.SlaRule;
import io.github.cx4j.complaints.sla.SlaStatus;
import io.github.cx4j.complaints.sla.SlaTarget;
import io.github.cx4j.complaints.sla.TimeRange;
import io.github.cx4j.complaints.workflow.AppendResult;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintReplay;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CustomerId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The complaint event store and SLA clocks (issue 16 targets, on 2 cores): appends on a local
 * PostgreSQL with 8 writers (at least 5,000 events/s), replay of 1,000,000 stored events into
 * states (at least 500,000 events/s), SLA status of 100,000 open complaints (at least 1,000,000
 * clocks/s).
 *
 * <p>The PostgreSQL benchmarks need {@code -Dcx4j.pg.url=jdbc:postgresql://127.0.0.1:PORT/db} (and
 * {@code -Dcx4j.pg.user}); docs/benchmarks.md shows how to start a local server. Scores are
 * operations per second; each operation of {@code append8Writers} is one event, of the replay
 * benchmarks one event, of {@code slaStatus} one clock.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ComplaintStoreBench {
  static final Employee AGENT = Employee.of("a1", "desk");
  static final Register REGISTER =
      Register.of(
          Channel.PHONE, "parcel", "Late delivery", "Ms. Li", "li@example.com", Severity.LOW);
  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  static String url() {
    String url = System.getProperty("cx4j.pg.url", "");
    if (url.isEmpty()) {
      throw new IllegalStateException(
          "set -Dcx4j.pg.url=jdbc:postgresql://127.0.0.1:PORT/db (see docs/benchmarks.md)");
    }
    return url;
  }

  static String user() {
    return System.getProperty("cx4j.pg.user", "");
  }

  static void reset() throws Exception {
    try (Connection c = DriverManager.getConnection(url(), user(), "");
        Statement s = c.createStatement()) {
      s.execute(
          "DROP TABLE IF EXISTS cx4j_complaint_events, cx4j_append_lock, cx4j_schema_version");
    }
  }

  static ComplaintEvent event(String id, long version) {
    ComplaintId c = ComplaintId.of(id);
    Instant at = T0.plusSeconds(60 * version);
    switch ((int) (version % 4)) {
      case 1:
        if (version == 1) {
          return new ComplaintEvent.Received(
              ComplaintEvent.idFor(c, 1),
              c,
              1,
              T0,
              CustomerId.of("c-" + id),
              AGENT,
              REGISTER,
              Optional.empty());
        }
        return new ComplaintEvent.CustomerReplied(
            ComplaintEvent.idFor(c, version), c, version, at, "still waiting " + version);
      case 2:
        return new ComplaintEvent.Acknowledged(
            ComplaintEvent.idFor(c, version), c, version, at, AGENT);
      case 3:
        return new ComplaintEvent.AgentResponded(
            ComplaintEvent.idFor(c, version), c, version, at, AGENT, "on it " + version);
      default:
        return new ComplaintEvent.StatusChanged(
            ComplaintEvent.idFor(c, version),
            c,
            version,
            at,
            Optional.of(AGENT),
            SubStatus.defaultOf(version % 8 == 0 ? StatusCategory.OPEN : StatusCategory.PENDING));
    }
  }

  /** A store shared by the 8 writer threads. */
  @State(Scope.Benchmark)
  public static class Store {
    JdbcEventStore store;
    final AtomicInteger writers = new AtomicInteger();

    /** Opens an empty store. */
    @Setup(Level.Trial)
    public void open() throws Exception {
      reset();
      store = JdbcEventStore.open(url(), user(), "", JdbcEventStore.Options.defaults());
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void close() {
      store.close();
    }
  }

  /**
   * A writer's position: appends to its own complaints, so the expected version is always right;
   * each complaint gets 20 events, then the writer moves on to a new one.
   */
  abstract static class Cursor {
    String prefix = "";
    int complaint;
    long version;

    /** Appends this writer's next event. */
    AppendResult appendNext(JdbcEventStore store) {
      if (version == 20) {
        complaint++;
        version = 0;
      }
      String id = prefix + complaint;
      AppendResult r = store.append(ComplaintId.of(id), version, List.of(event(id, version + 1)));
      version++;
      return r;
    }
  }

  /** One writer of the shared store. */
  @State(Scope.Thread)
  public static class Writer extends Cursor {

    /** Picks a prefix. */
    @Setup(Level.Trial)
    public void setUp(Store s) {
      prefix = "W" + s.writers.incrementAndGet() + "-";
    }
  }

  /**
   * One event appended per operation by each of 8 threads (a command's decision is usually one
   * event); each complaint gets 20 events, then the writer moves on to a new one.
   *
   * @param s the store
   * @param w the writer
   * @return the answer
   */
  @Benchmark
  @Threads(8)
  public AppendResult append8Writers(Store s, Writer w) {
    return w.appendNext(s.store);
  }

  /** An embedded H2 file store shared by 8 writers, at a write delay. */
  @State(Scope.Benchmark)
  public static class H2Store {
    /** H2's WRITE_DELAY in milliseconds: 0 (each commit written before it returns) or 500. */
    @Param({"0", "500"})
    public int writeDelay;

    JdbcEventStore store;
    java.nio.file.Path dir;
    final AtomicInteger writers = new AtomicInteger();

    /** Opens an empty store in a new directory. */
    @Setup(Level.Trial)
    public void open() throws Exception {
      dir = java.nio.file.Files.createTempDirectory("cx4j-h2-bench");
      store =
          JdbcEventStore.open(
              JdbcEventStore.h2Url(dir.resolve("events"), writeDelay),
              "",
              "",
              JdbcEventStore.Options.defaults());
    }

    /** Closes it and deletes the files. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
      store.close();
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /** One writer of the H2 store. */
  @State(Scope.Thread)
  public static class H2Writer extends Cursor {

    /** Picks a prefix. */
    @Setup(Level.Trial)
    public void setUp(H2Store s) {
      prefix = "H" + s.writers.incrementAndGet() + "-";
    }
  }

  /**
   * One event appended per operation by each of 8 threads to the embedded H2 file (group commit),
   * at each write delay.
   *
   * @param s the store
   * @param w the writer
   * @return the answer
   */
  @Benchmark
  @Threads(8)
  public AppendResult appendH2EightWriters(H2Store s, H2Writer w) {
    return w.appendNext(s.store);
  }

  static final int STORED = 1_000_000;

  /** A million stored events: 100,000 complaints of 10 events. */
  @State(Scope.Benchmark)
  public static class Stored {
    JdbcEventStore store;

    /** Fills the store (once per trial; about a minute). */
    @Setup(Level.Trial)
    public void fill() throws Exception {
      reset();
      store = JdbcEventStore.open(url(), user(), "", JdbcEventStore.Options.defaults());
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int part = t;
        Thread thread =
            new Thread(
                () -> {
                  for (int c = part; c < STORED / 10; c += 4) {
                    String id = "R-" + c;
                    List<ComplaintEvent> events = new ArrayList<>(10);
                    for (int v = 1; v <= 10; v++) {
                      events.add(event(id, v));
                    }
                    store.append(ComplaintId.of(id), 0, events);
                  }
                });
        thread.start();
        threads.add(thread);
      }
      for (Thread t : threads) {
        t.join();
      }
    }

    /** Closes the store. */
    @TearDown(Level.Trial)
    public void close() {
      store.close();
    }
  }

  /**
   * Replays all 1,000,000 stored events (read in position order with a fetch size, parsed from
   * JSON, checked and folded into 100,000 states).
   *
   * @param s the stored events
   * @return the replay
   */
  @Benchmark
  @OperationsPerInvocation(STORED)
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public ReplayResult replayMillionFromPostgres(Stored s) {
    ReplayResult r = ComplaintReplay.ofStore(s.store);
    if (r.applied() != STORED) {
      throw new IllegalStateException("replayed " + r.applied());
    }
    return r;
  }

  /** The same million events in memory, and as their JSON rows. */
  @State(Scope.Benchmark)
  public static class InMemory {
    final io.github.cx4j.complaints.workflow.InMemoryEventStore store =
        new io.github.cx4j.complaints.workflow.InMemoryEventStore();
    final List<String> json = new ArrayList<>(STORED);

    /** Builds them. */
    @Setup(Level.Trial)
    public void build() throws Exception {
      com.fasterxml.jackson.databind.ObjectWriter w =
          io.github.cx4j.core.CxJson.mapper().writerFor(ComplaintEvent.class);
      for (int c = 0; c < STORED / 10; c++) {
        List<ComplaintEvent> events = new ArrayList<>(10);
        for (int v = 1; v <= 10; v++) {
          ComplaintEvent e = event("R-" + c, v);
          events.add(e);
          json.add(w.writeValueAsString(e));
        }
        store.append(ComplaintId.of("R-" + c), 0, events);
      }
    }
  }

  /**
   * The replay's own share: ordering, duplicate checks and the fold of 1,000,000 events of an
   * in-memory store (no database, no JSON).
   *
   * @param s the events
   * @return the replay
   */
  @Benchmark
  @OperationsPerInvocation(STORED)
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public ReplayResult replayMillionInMemory(InMemory s) {
    return ComplaintReplay.ofStore(s.store);
  }

  /**
   * The JSON share: reading 1,000,000 event rows with {@code CxJson}.
   *
   * @param s the rows
   * @return the last event
   * @throws Exception never for these rows
   */
  @Benchmark
  @OperationsPerInvocation(STORED)
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public ComplaintEvent parseMillionJsonRows(InMemory s) throws Exception {
    com.fasterxml.jackson.databind.ObjectReader r =
        io.github.cx4j.core.CxJson.mapper().readerFor(ComplaintEvent.class);
    ComplaintEvent last = null;
    for (String row : s.json) {
      last = r.readValue(row);
    }
    return java.util.Objects.requireNonNull(last);
  }

  static final int OPEN = 100_000;

  /** 100,000 open complaints' events in memory, and a monitor. */
  @State(Scope.Benchmark)
  public static class Open {
    SlaMonitor monitor;
    List<List<ComplaintEvent>> complaints = new ArrayList<>();
    Instant now = T0.plus(Duration.ofHours(30));
    int clocks;

    /** Builds the complaints: received, acknowledged, answered, some pending. */
    @Setup(Level.Trial)
    public void build() {
      BusinessCalendar calendar =
          BusinessCalendar.weekly(
                  ZoneId.of("Asia/Shanghai"),
                  EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                  List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "18:00")))
              .named("office");
      SlaPolicy policy =
          SlaPolicy.builder()
              .id("bench")
              .version(1)
              .effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
              .calendar("office")
              .putPause(SlaMetric.RESOLUTION, Set.of(SlaStatus.PENDING))
              .addRules(
                  SlaRule.builder()
                      .name("all")
                      .addTargets(
                          SlaTarget.of(SlaMetric.ACKNOWLEDGEMENT, Duration.ofHours(1)),
                          SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4)),
                          SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(40)))
                      .build())
              .build();
      monitor = SlaMonitor.of(policy, calendar);
      for (int c = 0; c < OPEN; c++) {
        String id = "S-" + c;
        List<ComplaintEvent> events = new ArrayList<>();
        int n = 1 + c % 5;
        for (int v = 1; v <= n; v++) {
          events.add(event(id, v));
        }
        complaints.add(events);
      }
      clocks = 0;
      for (List<ComplaintEvent> events : complaints) {
        clocks += monitor.clocks(events, now).clocks().size();
      }
    }
  }

  /**
   * The SLA status (every target's clock: status, due, remaining) of 100,000 open complaints whose
   * events are loaded; score = complaints per second, times 3 clocks each for clocks per second.
   *
   * @param s the complaints
   * @return the clocks of the last complaint
   */
  @Benchmark
  @OperationsPerInvocation(OPEN)
  @Warmup(iterations = 1, time = 2)
  @Measurement(iterations = 3, time = 2)
  public ComplaintClocks slaStatus(Open s) {
    ComplaintClocks last = null;
    for (List<ComplaintEvent> events : s.complaints) {
      last = s.monitor.clocks(events, s.now);
    }
    return java.util.Objects.requireNonNull(last);
  }
}
