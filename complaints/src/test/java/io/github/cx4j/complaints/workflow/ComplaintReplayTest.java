/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import static io.github.cx4j.complaints.workflow.Fixtures.ALICE;
import static io.github.cx4j.complaints.workflow.Fixtures.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CxJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplaintReplayTest {
  private final ComplaintWorkflow wf = ComplaintWorkflow.standard();
  private final ObjectMapper json = CxJson.mapper();

  private List<ComplaintEvent> history() {
    return Fixtures.run(
        wf,
        List.of(
            Fixtures.receive(),
            new ComplaintCommand.Respond(ID, ALICE, "sorry"),
            new ComplaintCommand.RecordCustomerReply(ID, "still cold"),
            new ComplaintCommand.Solve(ID, ALICE, ClosureOutcome.UPHELD, "new meal")));
  }

  private List<String> lines(List<ComplaintEvent> events) throws Exception {
    List<String> out = new ArrayList<>();
    for (ComplaintEvent e : events) {
      out.add(json.writeValueAsString(e));
    }
    return out;
  }

  private ReplayResult replay(Path dir, List<String> lines) throws Exception {
    Path file = dir.resolve("events.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return ComplaintReplay.ofJsonLines(file);
  }

  private static List<String> messages(ReplayResult r) {
    return r.issues().stream().map(ReplayIssue::toString).collect(Collectors.toList());
  }

  @Test
  void aShuffledStreamReplaysToTheSameStateAsTheOrderedOne(@TempDir Path dir) throws Exception {
    List<ComplaintEvent> events = history();
    Complaint expected = ComplaintWorkflow.replay(events).orElseThrow();
    List<String> lines = lines(events);
    Collections.shuffle(lines, new Random(7));
    ReplayResult r = replay(dir, lines);
    assertEquals(List.of(), r.issues());
    assertEquals(1, r.complaints().size());
    assertEquals(expected, r.complaints().get(0).state());
    assertFalse(r.complaints().get(0).incomplete());
    assertEquals(events.size(), r.applied());
  }

  @Test
  void anExactRepeatIsDroppedWithANoteAndReusedIdsAreCorrupt(@TempDir Path dir) throws Exception {
    List<ComplaintEvent> events = history();
    List<String> lines = lines(events);
    lines.add(lines.get(1));
    String altered = lines.get(2).replace("sorry", "so sorry");
    lines.add(altered);
    ReplayResult r = replay(dir, lines);
    String file = dir.resolve("events.jsonl").toString();
    UUID2 ids = new UUID2(events);
    assertEquals(
        List.of(
            file
                + ":6: complaint C-1 version 2: note: event "
                + ids.get(1)
                + " repeats "
                + file
                + ":2 exactly; dropped",
            file
                + ":7: complaint C-1 version 3: skipped: event id "
                + ids.get(2)
                + " was used at "
                + file
                + ":3 for other content"),
        messages(r));
    assertEquals(ComplaintWorkflow.replay(events).orElseThrow(), r.complaints().get(0).state());
    assertTrue(r.hasProblems());
    assertEquals(1, r.complete().size());
  }

  /** Readable access to the ids of a history. */
  private record UUID2(List<ComplaintEvent> events) {
    String get(int i) {
      return events.get(i).id().toString();
    }
  }

  @Test
  void aGapCutsTheStreamAndMarksTheComplaintIncomplete(@TempDir Path dir) throws Exception {
    List<ComplaintEvent> events = history();
    List<String> lines = lines(events);
    lines.remove(2);
    ReplayResult r = replay(dir, lines);
    String file = dir.resolve("events.jsonl").toString();
    assertEquals(
        List.of(
            file
                + ":2: complaint C-1 version 2: incomplete: version 3 is missing; applied through"
                + " version 2, 2 later event(s) not applied"),
        messages(r));
    ReplayedComplaint c = r.complaints().get(0);
    assertTrue(c.incomplete());
    assertEquals(2, c.state().version());
    assertEquals(List.of(), r.complete());
    assertEquals(1, r.incomplete());
  }

  @Test
  void unreadableLinesAreReportedWithComplaintAndVersionAndOthersSurvive(@TempDir Path dir)
      throws Exception {
    List<ComplaintEvent> events = history();
    List<String> lines = lines(events);
    lines.set(3, lines.get(3).replace("\"type\":\"customer-replied\"", "\"type\":\"teleported\""));
    lines.add("{not json");
    List<ComplaintEvent> other =
        Fixtures.run(
            wf,
            List.of(
                new ComplaintCommand.Receive(
                    ComplaintId.of("C-2"),
                    Fixtures.CUSTOMER,
                    ALICE,
                    Fixtures.register(),
                    java.util.Optional.empty())));
    lines.addAll(lines(other));
    ReplayResult r = replay(dir, lines);
    String file = dir.resolve("events.jsonl").toString();
    List<String> m = messages(r);
    assertEquals(3, m.size(), m.toString());
    assertEquals(
        file + ":4: complaint C-1 version 4: skipped: unknown event type \"teleported\"", m.get(0));
    assertTrue(m.get(1).startsWith(file + ":6: skipped: not JSON: "), m.get(1));
    assertEquals(
        file
            + ":3: complaint C-1 version 3: incomplete: version 4 could not be read; applied through"
            + " version 3, 1 later event(s) not applied",
        m.get(2));
    assertEquals(2, r.complaints().size());
    assertEquals("C-2", r.complete().get(0).id().value());
  }

  @Test
  void aComplaintWhoseOnlyRowIsUnreadableIsNamedByThatRow(@TempDir Path dir) throws Exception {
    List<String> lines = lines(history());
    // the only row of C-9: its complaint and version are known, its type is not
    lines.add(lines.get(1).replace("\"C-1\"", "\"C-9\"").replace("\"type\":\"", "\"type\":\"x-"));
    ReplayResult r = replay(dir, lines);
    String file = dir.resolve("events.jsonl").toString();
    List<String> m = messages(r);
    String row = file + ":" + lines.size();
    assertTrue(m.get(0).startsWith(row + ": complaint C-9 version 2: skipped: "), m.toString());
    assertEquals(
        row + ": complaint C-9: incomplete: version 2 could not be read; nothing applied",
        m.get(1));
  }

  @Test
  void anEventBeforeItsPredecessorIsCorrupt(@TempDir Path dir) throws Exception {
    List<ComplaintEvent> events = history();
    List<String> lines = lines(events);
    ComplaintEvent.CustomerReplied r3 = (ComplaintEvent.CustomerReplied) events.get(3);
    ComplaintEvent early =
        new ComplaintEvent.CustomerReplied(
            r3.id(), r3.complaintId(), r3.version(), Fixtures.T0.minusSeconds(60), r3.message());
    lines.set(3, json.writeValueAsString(early));
    ReplayResult r = replay(dir, lines);
    String file = dir.resolve("events.jsonl").toString();
    assertEquals(
        List.of(
            file
                + ":4: complaint C-1 version 4: skipped: ComplaintEvent.at must not be before the"
                + " previous event at "
                + events.get(2).at()
                + ", was "
                + early.at(),
            file
                + ":3: complaint C-1 version 3: incomplete: version 4 is corrupt; applied through"
                + " version 3, 1 later event(s) not applied"),
        messages(r));
  }

  @Test
  void anUnknownFieldIsNamedAndCutsTheStreamThere(@TempDir Path dir) throws Exception {
    List<ComplaintEvent> events = history();
    List<String> lines = lines(events);
    lines.set(1, lines.get(1).replace("{\"type\":", "{\"mood\":\"angry\",\"type\":"));
    ReplayResult r = replay(dir, lines);
    String file = dir.resolve("events.jsonl").toString();
    String type = json.readTree(lines.get(1)).get("type").asText();
    assertEquals(
        List.of(
            file
                + ":2: complaint C-1 version 2: skipped: unknown field \"mood\" in an \""
                + type
                + "\" event",
            file
                + ":1: complaint C-1 version 1: incomplete: version 2 could not be read; applied"
                + " through version 1, "
                + (events.size() - 2)
                + " later event(s) not applied"),
        messages(r));
    assertTrue(r.complaints().get(0).incomplete());
    assertEquals(1, r.complaints().get(0).state().version());
  }

  @Test
  void aReusedIdCutsTheStreamAsCorruptAndCountsTheLaterEvents(@TempDir Path dir) throws Exception {
    List<ComplaintEvent> events = history();
    List<String> lines = lines(events);
    // version 3 carries the id of version 2
    lines.set(
        2, lines.get(2).replace(events.get(2).id().toString(), events.get(1).id().toString()));
    ReplayResult r = replay(dir, lines);
    String file = dir.resolve("events.jsonl").toString();
    assertEquals(
        List.of(
            file
                + ":3: complaint C-1 version 3: skipped: event id "
                + events.get(1).id()
                + " was used at "
                + file
                + ":2 for other content",
            file
                + ":2: complaint C-1 version 2: incomplete: version 3 is corrupt; applied through"
                + " version 2, "
                + (events.size() - 3)
                + " later event(s) not applied"),
        messages(r));
    // the reused id as the last event of its stream
    List<String> last = lines(events);
    int n = events.size();
    last.set(
        n - 1,
        last.get(n - 1).replace(events.get(n - 1).id().toString(), events.get(0).id().toString()));
    ReplayResult cut = replay(dir, last);
    assertEquals(
        file
            + ":"
            + (n - 1)
            + ": complaint C-1 version "
            + (n - 1)
            + ": incomplete: version "
            + n
            + " is corrupt; applied through version "
            + (n - 1),
        messages(cut).get(1));
    assertTrue(cut.complaints().get(0).incomplete());
  }
}
