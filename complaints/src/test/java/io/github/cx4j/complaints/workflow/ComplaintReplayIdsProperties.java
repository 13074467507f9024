/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import static io.github.cx4j.complaints.workflow.Fixtures.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cx4j.core.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The replay's table of event ids (an open-addressing table that grows as a replay adds events):
 * every repeat of an earlier event is found however many events came between, whatever the ids,
 * including the id whose two longs are zero.
 */
class ComplaintReplayIdsProperties {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static List<ComplaintEvent> stream(int c, UUID first, UUID second) {
    ComplaintId id = ComplaintId.of("P-" + c);
    return List.of(
        new ComplaintEvent.Received(
            first,
            id,
            1,
            T0,
            CustomerId.of("cust-" + c),
            ALICE,
            Fixtures.register(),
            Optional.empty()),
        new ComplaintEvent.Acknowledged(second, id, 2, T0.plusSeconds(60), ALICE));
  }

  @Test
  void everyRepeatIsDroppedAndEveryOtherEventApplied() {
    qt().withExamples(40)
        .forAll(integers().between(1, 6_000), integers().between(0, 300), longs().all())
        .checkAssert(
            (complaints, repeats, seed) -> {
              Random random = new Random(seed);
              List<ComplaintEvent> events = new ArrayList<>();
              for (int c = 0; c < complaints; c++) {
                // few distinct high bits, so that many ids share a part; complaint 0 has id 0, 0
                UUID first = c == 0 ? new UUID(0, 0) : new UUID(random.nextInt(4), 2L * c);
                events.addAll(stream(c, first, new UUID(random.nextLong(), 2L * c + 1)));
              }
              ComplaintReplay replay = ComplaintReplay.create();
              for (ComplaintEvent e : events) {
                replay.add("e", e);
              }
              List<UUID> repeated = new ArrayList<>();
              for (int r = 0; r < repeats; r++) {
                ComplaintEvent e = events.get(random.nextInt(events.size()));
                replay.add("e", e);
                repeated.add(e.id());
              }
              ReplayResult result = replay.result();
              assertEquals(events.size(), result.applied());
              assertEquals(complaints, result.complete().size());
              List<String> expected = new ArrayList<>();
              for (UUID id : repeated) {
                expected.add("event " + id + " repeats e exactly; dropped");
              }
              List<String> found = new ArrayList<>();
              for (ReplayIssue i : result.issues()) {
                assertEquals(ReplayIssue.Kind.RETRY_DROPPED, i.kind());
                found.add(i.message());
              }
              assertEquals(expected, found);
            });
  }
}
