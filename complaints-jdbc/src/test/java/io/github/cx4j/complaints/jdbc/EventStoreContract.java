/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.workflow.AppendResult;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.CommandExecution;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintReplay;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.EventStore;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.complaints.workflow.ReplayedComplaint;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.StoredEventVisitor;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EventStore} keeps; run by the in-memory, H2 and PostgreSQL test
 * classes alike.
 */
abstract class EventStoreContract {
  private final List<EventStore> opened = new ArrayList<>();

  /** A new, empty store. */
  abstract EventStore create() throws Exception;

  /** The store's name in validation messages. */
  abstract String name();

  /** A short name for reports ("h2", "postgresql", "memory"). */
  abstract String database();

  EventStore store() throws Exception {
    EventStore s = create();
    opened.add(s);
    return s;
  }

  @AfterEach
  void closeStores() throws Exception {
    for (EventStore s : opened) {
      if (s instanceof AutoCloseable c) {
        c.close();
      }
    }
    opened.clear();
  }

  @Test
  void appendsLoadsAndFoldsAStream() throws Exception {
    EventStore store = store();
    List<ComplaintEvent> events = Histories.stream("A-1", 1, 3, "x");
    ComplaintId id = ComplaintId.of("A-1");
    assertEquals(new AppendResult.Appended(3), store.append(id, 0, events));
    assertEquals(events, store.load(id));
    assertEquals(ComplaintWorkflow.replay(events), store.state(id));
    assertEquals(List.of(id), store.complaintIds());
    assertEquals(List.of(), store.load(ComplaintId.of("none")));
    assertEquals(Optional.empty(), store.state(ComplaintId.of("none")));
  }

  @Test
  void aStaleExpectedVersionIsAConflictAndChangesNothing() throws Exception {
    EventStore store = store();
    ComplaintId id = ComplaintId.of("A-1");
    store.append(id, 0, Histories.stream("A-1", 1, 3, "x"));
    assertEquals(
        new AppendResult.Conflict(1, 3), store.append(id, 1, Histories.stream("A-1", 2, 2, "y")));
    assertEquals(
        new AppendResult.Conflict(5, 3), store.append(id, 5, Histories.stream("A-1", 6, 6, "y")));
    assertEquals(Histories.stream("A-1", 1, 3, "x"), store.load(id));
  }

  @Test
  void reAppendingStoredEventsIsAlreadyAppended() throws Exception {
    EventStore store = store();
    ComplaintId id = ComplaintId.of("A-1");
    store.append(id, 0, Histories.stream("A-1", 1, 3, "x"));
    store.append(id, 3, Histories.stream("A-1", 4, 4, "x"));
    assertEquals(
        new AppendResult.AlreadyAppended(4),
        store.append(id, 1, Histories.stream("A-1", 2, 3, "x")));
    assertEquals(4, store.load(id).size());
  }

  @Test
  void rejectsEventsOfAnotherComplaintOrWithWrongVersions() throws Exception {
    EventStore store = store();
    ComplaintId id = ComplaintId.of("A-1");
    CxValidationException wrongVersion =
        assertThrows(
            CxValidationException.class,
            () -> store.append(id, 3, Histories.stream("A-1", 1, 1, "x")));
    assertEquals(name() + ".events.version must be 4, was 1", wrongVersion.getMessage());
    CxValidationException foreign =
        assertThrows(
            CxValidationException.class,
            () -> store.append(id, 0, Histories.stream("B-1", 1, 1, "x")));
    assertEquals(name() + ".events must belong to A-1, was \"B-1\"", foreign.getMessage());
    assertEquals(List.of(), store.complaintIds());
  }

  @Test
  void readAllVisitsEventsInPositionOrderFromAPosition() throws Exception {
    EventStore store = store();
    store.append(ComplaintId.of("A"), 0, Histories.stream("A", 1, 2, "x"));
    store.append(ComplaintId.of("B"), 0, Histories.stream("B", 1, 1, "x"));
    store.append(ComplaintId.of("A"), 2, Histories.stream("A", 3, 3, "x"));
    List<String> seen = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    long last =
        store.readAll(
            0,
            new StoredEventVisitor() {
              @Override
              public void event(long position, ComplaintEvent event) {
                positions.add(position);
                seen.add(event.complaintId() + "/" + event.version());
              }
            });
    assertEquals(List.of("A/1", "A/2", "B/1", "A/3"), seen);
    for (int i = 1; i < positions.size(); i++) {
      assertTrue(positions.get(i) > positions.get(i - 1), positions.toString());
    }
    assertEquals(positions.get(3), last);
    List<String> tail = new ArrayList<>();
    assertEquals(
        last,
        store.readAll(positions.get(1), (p, e) -> tail.add(e.complaintId() + "/" + e.version())));
    assertEquals(List.of("B/1", "A/3"), tail);
    assertEquals(last, store.readAll(last, (p, e) -> tail.add("never")));
  }

  /**
   * Positions can be drawn in one order and committed in another; a reader that polls "after the
   * last position I saw" must still meet every event, once, in position order. Eight writers append
   * batches of 1 to 4 events while a reader polls; afterwards the reader's positions equal a full
   * read's.
   */
  @Test
  void aPollingReaderMeetsEveryEventOnceInOrderUnderConcurrentWriters() throws Exception {
    EventStore s = store();
    int writers = 8;
    int appendsEach = 150;
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    List<Long> polled = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    long[] polls = {0};
    Thread reader =
        new Thread(
            () -> {
              long last = 0;
              boolean more = true;
              while (more) {
                more = writing.get();
                long before = last;
                last =
                    s.readAll(
                        last,
                        (position, event) -> {
                          if (!polled.isEmpty() && position <= polled.get(polled.size() - 1)) {
                            problems.add("position " + position + " after " + polled);
                          }
                          polled.add(position);
                        });
                if (last < before) {
                  problems.add("readAll went back from " + before + " to " + last);
                }
                polls[0]++;
              }
            });
    reader.start();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      done.add(
          pool.submit(
              () -> {
                Random random = new Random(writer);
                for (int a = 0; a < appendsEach; a++) {
                  String id = "P" + writer + "-" + (a % 10);
                  long version = s.load(ComplaintId.of(id)).size();
                  int n = 1 + random.nextInt(4);
                  AppendResult r =
                      s.append(
                          ComplaintId.of(id),
                          version,
                          Histories.stream(id, version + 1, version + n, "p"));
                  if (!(r instanceof AppendResult.Appended)) {
                    throw new IllegalStateException("append " + id + ": " + r);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    writing.set(false);
    reader.join(TimeUnit.MINUTES.toMillis(2));
    List<Long> all = new ArrayList<>();
    s.readAll(0, (position, event) -> all.add(position));
    assertEquals(List.of(), problems);
    assertTrue(polls[0] > 1, "the reader polled " + polls[0] + " times");
    assertEquals(all.size(), polled.size(), "events the polling reader met, of all stored");
    assertEquals(all, polled);
  }

  @Test
  void loadManyKeepsTheRequestedOrderAndLeavesUnknownOut() throws Exception {
    EventStore store = store();
    for (String id : List.of("A", "B", "C")) {
      store.append(ComplaintId.of(id), 0, Histories.stream(id, 1, 2, "x"));
    }
    Map<ComplaintId, List<ComplaintEvent>> many =
        store.loadMany(List.of(ComplaintId.of("C"), ComplaintId.of("none"), ComplaintId.of("A")));
    assertEquals(List.of(ComplaintId.of("C"), ComplaintId.of("A")), List.copyOf(many.keySet()));
    assertEquals(Histories.stream("C", 1, 2, "x"), many.get(ComplaintId.of("C")));
  }

  /** Number of commands for the concurrency test; {@code -Dcx4j.reliability.commands} overrides. */
  static int commands() {
    return Integer.getInteger("cx4j.reliability.commands", 50_000);
  }

  @Test
  void eightWritersLoseAndDuplicateNothing() throws Exception {
    EventStore store = store();
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    int writers = 8;
    int complaints = 1_000;
    int perWriter = commands() / writers;
    AtomicLong clock = new AtomicLong();
    Instant t0 = Instant.parse("2026-05-01T00:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Tally>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                Random random = new Random(1000 + writer);
                Tally tally = new Tally();
                for (int i = 0; i < perWriter; i++) {
                  ComplaintId id =
                      ComplaintId.of(
                          String.format(Locale.ROOT, "C-%04d", random.nextInt(complaints)));
                  ComplaintCommand command = command(random, id, "w" + writer + "-" + i);
                  Instant now = t0.plusMillis(clock.incrementAndGet());
                  CommandExecution.Outcome o =
                      CommandExecution.execute(store, wf, command, now, 100);
                  tally.add(o);
                }
                return tally;
              }));
    }
    long started = System.nanoTime();
    start.countDown();
    Tally total = new Tally();
    for (Future<Tally> f : futures) {
      total.merge(f.get(10, TimeUnit.MINUTES));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();

    Map<ComplaintId, List<ComplaintEvent>> expected = new HashMap<>();
    for (ComplaintEvent e : total.appended) {
      expected.computeIfAbsent(e.complaintId(), k -> new ArrayList<>()).add(e);
    }
    expected.values().forEach(l -> l.sort(Comparator.comparingLong(ComplaintEvent::version)));
    List<ComplaintId> ids = store.complaintIds();
    assertEquals(expected.size(), ids.size());
    long stored = 0;
    Map<ComplaintId, List<ComplaintEvent>> loaded = store.loadMany(ids);
    for (ComplaintId id : ids) {
      List<ComplaintEvent> events = loaded.get(id);
      for (int v = 0; v < events.size(); v++) {
        assertEquals(v + 1, events.get(v).version(), "gap in " + id);
      }
      assertEquals(expected.get(id), events, "the events the writers appended for " + id);
      stored += events.size();
    }
    assertEquals(total.appended.size(), stored);
    ReplayResult replay = ComplaintReplay.ofStore(store);
    assertEquals(List.of(), replay.issues());
    for (ReplayedComplaint c : replay.complaints()) {
      Complaint fold = ComplaintWorkflow.replay(expected.get(c.state().id())).orElseThrow();
      assertEquals(fold, c.state());
    }
    assertEquals(0, total.gaveUp, "commands given up after 100 conflicting attempts");
    assertEquals(writers * perWriter, total.accepted + total.rejected);
    report(
        String.format(
            Locale.ROOT,
            "%s: %d commands by %d writers on %d complaints: %d accepted (%d events), %d rejected,"
                + " %d conflicts retried, %d given up, %d already appended; %.1f s, %.0f"
                + " commands/s, %.0f events/s",
            database(),
            writers * perWriter,
            writers,
            complaints,
            total.accepted,
            stored,
            total.rejected,
            total.conflicts,
            total.gaveUp,
            total.already,
            seconds,
            writers * perWriter / seconds,
            stored / seconds));
  }

  static void report(String line) throws IOException {
    Path file = Path.of("target", "reliability.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        line + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private static ComplaintCommand command(Random random, ComplaintId id, String tag) {
    int k = random.nextInt(100);
    if (k < 12) {
      return new ComplaintCommand.Receive(
          id,
          CustomerId.of("cust-" + id.value()),
          Histories.ALICE,
          Histories.register(),
          Optional.empty());
    } else if (k < 45) {
      return new ComplaintCommand.RecordCustomerReply(id, "reply " + tag);
    } else if (k < 78) {
      return new ComplaintCommand.Respond(id, Histories.ALICE, "answer " + tag);
    } else if (k < 88) {
      return new ComplaintCommand.ChangeStatus(
          id, Histories.ALICE, SubStatus.defaultOf(StatusCategory.PENDING));
    } else if (k < 95) {
      return new ComplaintCommand.Solve(id, Histories.ALICE, ClosureOutcome.UPHELD, "fixed " + tag);
    }
    return new ComplaintCommand.Reopen(id, Histories.ALICE, "again " + tag, Optional.empty());
  }

  /** What one writer's commands came to. */
  static final class Tally {
    final List<ComplaintEvent> appended = new ArrayList<>();
    long accepted;
    long rejected;
    long conflicts;
    long gaveUp;
    long already;

    void add(CommandExecution.Outcome o) {
      conflicts += o.conflicts();
      if (o.gaveUp()) {
        gaveUp++;
        accepted++;
      } else if (o.decision().accepted()) {
        accepted++;
        if (o.append().isPresent() && o.append().get() instanceof AppendResult.Appended) {
          appended.addAll(o.decision().events());
        } else if (o.append().isPresent()) {
          already++;
        }
      } else {
        rejected++;
      }
    }

    void merge(Tally t) {
      appended.addAll(t.appended);
      accepted += t.accepted;
      rejected += t.rejected;
      conflicts += t.conflicts;
      gaveUp += t.gaveUp;
      already += t.already;
    }
  }
}
