/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import static io.github.cx4j.complaints.workflow.Fixtures.ALICE;
import static io.github.cx4j.complaints.workflow.Fixtures.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryEventStoreTest {
  private final ComplaintWorkflow wf = ComplaintWorkflow.standard();

  @Test
  void appendDetectsConcurrentWritersAndIgnoresRetries() {
    InMemoryEventStore store = new InMemoryEventStore();
    List<ComplaintEvent> first =
        wf.decide(Optional.empty(), Fixtures.receive(), Fixtures.T0).events();
    assertEquals(new AppendResult.Appended(1), store.append(ID, 0, first));
    assertEquals(new AppendResult.AlreadyAppended(1), store.append(ID, 0, first));
    Complaint c = store.state(ID).orElseThrow();
    List<ComplaintEvent> a =
        wf.decide(c, new ComplaintCommand.Respond(ID, ALICE, "a"), Fixtures.at(1)).events();
    List<ComplaintEvent> b =
        wf.decide(c, new ComplaintCommand.RecordCustomerReply(ID, "b"), Fixtures.at(1)).events();
    assertTrue(store.append(ID, 1, a) instanceof AppendResult.Appended);
    assertEquals(new AppendResult.Conflict(1, 3), store.append(ID, 1, b));
    assertEquals(3, store.events(ID).size());
    assertEquals(List.of(ID), store.complaintIds());
    assertTrue(store.state(ComplaintId.of("none")).isEmpty());
    assertTrue(store.events(ComplaintId.of("none")).isEmpty());
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> store.append(ID, 3, first));
    assertEquals("InMemoryEventStore.events.version must be 4, was 1", e.getMessage());
    assertThrows(
        CxValidationException.class, () -> store.append(ComplaintId.of("other"), 0, first));
  }

  @Test
  void manyThreadsAppendingToOneComplaintLoseAndDuplicateNothing() throws Exception {
    InMemoryEventStore store = new InMemoryEventStore();
    store.execute(wf, Fixtures.receive(), Fixtures.T0, 1);
    int threads = 8;
    int perThread = 250;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                int accepted = 0;
                for (int i = 0; i < perThread; i++) {
                  ComplaintCommand cmd =
                      i % 2 == 0
                          ? new ComplaintCommand.RecordCustomerReply(ID, "t" + thread + "-" + i)
                          : new ComplaintCommand.Respond(ID, ALICE, "t" + thread + "-" + i);
                  Decision d = store.execute(wf, cmd, Fixtures.at(1), 1_000_000);
                  if (d.accepted()) {
                    accepted++;
                  }
                }
                return accepted;
              }));
    }
    start.countDown();
    int accepted = 0;
    for (Future<Integer> f : futures) {
      accepted += f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(threads * perThread, accepted);
    List<ComplaintEvent> events = store.events(ID);
    Set<String> messages = new HashSet<>();
    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      ComplaintEvent e = events.get(i);
      assertEquals(i + 1, e.version());
      assertTrue(ids.add(e.id()));
      if (e instanceof ComplaintEvent.CustomerReplied r) {
        assertTrue(messages.add(r.message()), r.message());
      } else if (e instanceof ComplaintEvent.AgentResponded r) {
        assertTrue(messages.add(r.message()), r.message());
      }
    }
    assertEquals(threads * perThread, messages.size());
    Complaint c = store.state(ID).orElseThrow();
    assertEquals(c, ComplaintWorkflow.replay(events).orElseThrow());
    assertEquals(threads * perThread / 2, c.customerReplies());
    assertEquals(threads * perThread / 2, c.agentResponses());
  }

  @Test
  void executeRejectsBadAttemptsAndPassesRejectionsThrough() {
    InMemoryEventStore store = new InMemoryEventStore();
    assertEquals(
        "CommandExecution.maxAttempts must be at least 1, was 0",
        assertThrows(
                CxValidationException.class,
                () -> store.execute(wf, Fixtures.receive(), Fixtures.T0, 0))
            .getMessage());
    Decision d = store.execute(wf, new ComplaintCommand.Acknowledge(ID, ALICE), Fixtures.T0, 3);
    assertEquals(RejectionReason.NOT_RECEIVED, ((Decision.Rejected) d).reason());
  }
}
