/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.CliTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad complaint streams of issue 21 through {@code cx4j complaints replay} and {@code kpi}:
 * what each reports (file, line, complaint, version), that the complaint is written as {@code
 * incomplete} at the version it reached instead of as final, that the events after the cut are
 * counted as not applied, and that {@code kpi} accepts exactly what {@code replay} accepts.
 */
class ComplaintStreamsTest extends CliTest {
  @TempDir Path dir;

  private final ObjectMapper json = CxJson.mapper();
  private List<String> lines = List.of();

  /** The first complaint's events are lines 1..{@link #FIRST}. */
  static final int FIRST = 10;

  @BeforeEach
  void generate() throws IOException {
    Path events = dir.resolve("events.jsonl");
    assertEquals(
        0,
        run(
            "complaints",
            "generate",
            "--complaints",
            "3",
            "--customers",
            "5",
            "--seed",
            "5",
            "--output",
            events.toString()),
        err);
    lines = Files.readAllLines(events, StandardCharsets.UTF_8);
    for (int i = 0; i < FIRST; i++) {
      assertEquals("C-0000001", node(i).get("complaintId").asText(), "line " + (i + 1));
      assertEquals(i + 1, node(i).get("version").asInt(1), "line " + (i + 1));
    }
    assertTrue(!node(FIRST).get("complaintId").asText().equals("C-0000001"));
  }

  private JsonNode node(int index) throws IOException {
    return json.readTree(lines.get(index));
  }

  /** Writes the stream with line {@code index} changed. */
  private Path with(String name, int index, UnaryOperator<ObjectNode> change) throws IOException {
    List<String> copy = new ArrayList<>(lines);
    copy.set(index, json.writeValueAsString(change.apply((ObjectNode) node(index))));
    Path p = dir.resolve(name);
    Files.write(p, copy, StandardCharsets.UTF_8);
    return p;
  }

  /** The replayed state of C-0000001 from the last replay's output. */
  private JsonNode first() throws IOException {
    for (String line : out.split("\n")) {
      JsonNode n = json.readTree(line);
      if (n.get("id").asText().equals("C-0000001")) {
        return n;
      }
    }
    throw new AssertionError("no C-0000001 in " + out);
  }

  /**
   * Runs replay and kpi on a stream cut at {@code version} and checks the common report: the
   * skipped line, the cut naming the last applied line, the counts, and C-0000001 written as
   * incomplete at the version before the cut.
   */
  private void assertCut(Path p, int version, String skipped, String cut) throws IOException {
    // the events after the skipped one, read but not applied
    int notApplied = FIRST - version;
    String issues =
        p
            + ":"
            + version
            + ": complaint C-0000001 version "
            + version
            + ": skipped: "
            + skipped
            + "\n"
            + p
            + ":"
            + (version - 1)
            + ": complaint C-0000001 version "
            + (version - 1)
            + ": incomplete: "
            + cut
            + "; applied through version "
            + (version - 1)
            + ", "
            + notApplied
            + " later event(s) not applied\n";
    assertEquals(2, run("complaints", "replay", "--input", p.toString()));
    assertEquals(
        issues
            + "replayed "
            + (lines.size() - notApplied - 1)
            + " events of 3 complaints, skipped 1 bad events, 1 incomplete complaint(s)\n",
        err);
    assertEquals(3, out.strip().split("\n").length, "every complaint is written: " + out);
    JsonNode c = first();
    assertTrue(c.get("incomplete").asBoolean(), c.toString());
    assertEquals(version - 1, c.get("version").asInt());
    assertEquals(0, run("complaints", "replay", "--input", dir.resolve("events.jsonl").toString()));
    assertTrue(!first().has("incomplete") || !first().get("incomplete").asBoolean());
    // kpi reads through the same replay: the same report, the incomplete complaint left out
    assertEquals(2, run("complaints", "kpi", "--input", p.toString()));
    assertEquals(
        issues
            + "the KPIs leave out 1 incomplete complaint(s) (see above)\nread "
            + p
            + ", skipped 1 bad events, 1 incomplete complaint(s)\n",
        err);
    assertTrue(out.contains("complaints                  2 (from "), out);
  }

  @Test
  void anEventTimestampedBeforeItsReceiptIsCorruptAndKpiDoesNotCrash() throws IOException {
    String received = node(0).get("at").asText();
    Path p = with("before.jsonl", 1, n -> n.put("at", "2026-01-01T00:00:00Z"));
    assertCut(
        p,
        2,
        "ComplaintEvent.at must not be before the previous event at "
            + received
            + ", was 2026-01-01T00:00:00Z",
        "version 2 is corrupt");
  }

  @Test
  void anUnknownFieldIsNamedWithItsEventType() throws IOException {
    String type = node(4).get("type").asText();
    Path p = with("field.jsonl", 4, n -> n.put("mood", "angry"));
    assertCut(
        p, 5, "unknown field \"mood\" in an \"" + type + "\" event", "version 5 could not be read");
  }

  @Test
  void aMalformedFieldIsNamedWithWhatItShouldHold() throws IOException {
    Path p = with("time.jsonl", 4, n -> n.put("at", "2026-02-2T03:55:42Z"));
    assertCut(
        p,
        5,
        "field \"at\": expected an ISO-8601 time such as 2026-01-02T17:35:30Z, was"
            + " \"2026-02-2T03:55:42Z\"",
        "version 5 could not be read");
    Path v = with("level.jsonl", 4, n -> n.put("version", "five"));
    assertEquals(2, run("complaints", "replay", "--input", v.toString()));
    assertTrue(
        err.startsWith(
            v
                + ":5: complaint C-0000001: skipped: field \"version\": expected an integer, was"
                + " \"five\"\n"),
        err);
  }

  @Test
  void anUnknownTypeIsNamed() throws IOException {
    Path p = with("type.jsonl", 4, n -> n.put("type", "teleported"));
    assertCut(p, 5, "unknown event type \"teleported\"", "version 5 could not be read");
  }

  @Test
  void aReusedEventIdIsCorruptAndAnExactRepeatIsARetry() throws IOException {
    String id = node(4).get("id").asText();
    Path p = with("reused.jsonl", 5, n -> n.put("id", id));
    assertCut(
        p,
        6,
        "event id " + id + " was used at " + p + ":5 for other content",
        "version 6 is corrupt");
    // the same event twice: a retry, dropped with a note; nothing is cut
    List<String> copy = new ArrayList<>(lines);
    copy.add(lines.get(4));
    Path retry = dir.resolve("retry.jsonl");
    Files.write(retry, copy, StandardCharsets.UTF_8);
    assertEquals(0, run("complaints", "replay", "--input", retry.toString()));
    assertTrue(
        err.startsWith(
            retry
                + ":"
                + copy.size()
                + ": complaint C-0000001 version 5: note: event "
                + id
                + " repeats "
                + retry
                + ":5 exactly; dropped\n"),
        err);
    assertTrue(!first().has("incomplete") || !first().get("incomplete").asBoolean());
    assertEquals(FIRST, first().get("version").asInt());
  }

  @Test
  void aSwappedPairIsReplayedInVersionOrder() throws IOException {
    assertEquals(0, run("complaints", "replay", "--input", dir.resolve("events.jsonl").toString()));
    String ordered = out;
    List<String> copy = new ArrayList<>(lines);
    copy.set(3, lines.get(4));
    copy.set(4, lines.get(3));
    Path p = dir.resolve("swapped.jsonl");
    Files.write(p, copy, StandardCharsets.UTF_8);
    assertEquals(0, run("complaints", "replay", "--input", p.toString()), err);
    assertEquals("replayed " + lines.size() + " events of 3 complaints\n", err);
    assertEquals(ordered, out);
    assertEquals(FIRST, first().get("version").asInt());
    assertEquals(0, run("complaints", "kpi", "--input", p.toString()), err);
    assertTrue(out.contains("complaints                  3 (from "), out);
  }

  /**
   * Issue 21 for {@code --db}: a stored row that is not an event is reported by {@code replay},
   * {@code kpi} and {@code sla} as a line of a file is, in the terms of the event format, with its
   * position, complaint id and version; the complaint is cut there and written as incomplete.
   */
  @Test
  void anUnreadableStoredRowIsNamedByPositionComplaintAndVersion() throws Exception {
    String type = node(4).get("type").asText();
    String[][] cases = {
      {"\"type\":\"" + type + "\"", "\"type\":\"teleported\"", "unknown event type \"teleported\""},
      {
        "\"complaintId\":",
        "\"mood\":\"grim\",\"complaintId\":",
        "unknown field \"mood\" in an \"" + type + "\" event"
      },
    };
    for (String[] c : cases) {
      Path db = dir.resolve("crm-" + c[2].hashCode());
      assertEquals(
          0,
          run(
              "complaints",
              "import",
              "--input",
              dir.resolve("events.jsonl").toString(),
              "--db",
              db.toString()),
          err);
      long position = corruptRow(db, c[0], c[1]);
      long before = positionOf(db, 4);
      String issues =
          "position "
              + position
              + ": complaint C-0000001 version 5: skipped: "
              + c[2]
              + "\nposition "
              + before
              + ": complaint C-0000001 version 4: incomplete: version 5 could not be read; applied"
              + " through version 4, 5 later event(s) not applied\n";
      assertEquals(2, run("complaints", "replay", "--db", db.toString()));
      assertEquals(
          issues
              + "replayed "
              + (lines.size() - 6)
              + " events of 3 complaints, skipped 1 bad events, 1 incomplete complaint(s)\n",
          err);
      JsonNode first = first();
      assertTrue(first.get("incomplete").asBoolean(), first.toString());
      assertEquals(4, first.get("version").asInt());
      assertEquals(2, run("complaints", "kpi", "--db", db.toString()));
      assertTrue(err.startsWith(issues), err);
      assertTrue(out.contains("complaints                  2 (from "), out);
    }
  }

  /** Rewrites the stored row of C-0000001 version 5, replacing one text; returns its position. */
  private static long corruptRow(Path db, String from, String to) throws Exception {
    try (java.sql.Connection c =
        java.sql.DriverManager.getConnection(
            io.github.cx4j.complaints.jdbc.JdbcEventStore.h2Url(db))) {
      String payload;
      long position;
      try (java.sql.PreparedStatement p =
          c.prepareStatement(
              "SELECT position, payload FROM cx4j_complaint_events"
                  + " WHERE complaint_id = 'C-0000001' AND version = 5")) {
        try (java.sql.ResultSet rs = p.executeQuery()) {
          assertTrue(rs.next());
          position = rs.getLong(1);
          payload = rs.getString(2);
        }
      }
      assertTrue(payload.contains(from), payload);
      try (java.sql.PreparedStatement p =
          c.prepareStatement("UPDATE cx4j_complaint_events SET payload = ? WHERE position = ?")) {
        p.setString(1, payload.replace(from, to));
        p.setLong(2, position);
        assertEquals(1, p.executeUpdate());
      }
      return position;
    }
  }

  private static long positionOf(Path db, long version) throws Exception {
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                io.github.cx4j.complaints.jdbc.JdbcEventStore.h2Url(db));
        java.sql.PreparedStatement p =
            c.prepareStatement(
                "SELECT position FROM cx4j_complaint_events"
                    + " WHERE complaint_id = 'C-0000001' AND version = ?")) {
      p.setLong(1, version);
      try (java.sql.ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next());
        return rs.getLong(1);
      }
    }
  }
}
