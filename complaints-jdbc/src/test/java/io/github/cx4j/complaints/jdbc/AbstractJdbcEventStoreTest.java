/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.workflow.AppendResult;
import io.github.cx4j.complaints.workflow.CommandExecution;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintReplay;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.EventStore;
import io.github.cx4j.complaints.workflow.EventStoreException;
import io.github.cx4j.complaints.workflow.ReplayIssue;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.core.CxJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JDBC store's own tests (schema, faults, bad rows), run on H2 and on PostgreSQL. */
abstract class AbstractJdbcEventStoreTest extends EventStoreContract {

  /** The URL of an empty database for this test. */
  abstract String url() throws Exception;

  abstract String user();

  abstract String password();

  @Override
  EventStore create() throws Exception {
    return JdbcEventStore.open(url(), user(), password(), JdbcEventStore.Options.defaults());
  }

  @Override
  String name() {
    return "JdbcEventStore";
  }

  Connection connect() throws Exception {
    return DriverManager.getConnection(url(), user(), password());
  }

  private long count(String where) throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM cx4j_complaint_events WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void migrationsRunOnceAndAStoreReopensItsEvents() throws Exception {
    String url = url();
    try (JdbcEventStore s = (JdbcEventStore) store()) {
      s.append(ComplaintId.of("A"), 0, Histories.stream("A", 1, 3, "x"));
    }
    try (Connection c = connect()) {
      assertEquals(List.of(), Migrations.migrate(c));
      Migrations.verify(c);
    }
    try (JdbcEventStore again =
        JdbcEventStore.open(url, user(), password(), new JdbcEventStore.Options(false, 2, 2))) {
      assertEquals(Histories.stream("A", 1, 3, "x"), again.load(ComplaintId.of("A")));
    }
  }

  @Test
  void aChangedMigrationIsRefusedAndAMissingSchemaIsNamed() throws Exception {
    store();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE cx4j_schema_version SET checksum = 'abc' WHERE version = 1");
    }
    EventStoreException changed =
        assertThrows(
            EventStoreException.class,
            () ->
                JdbcEventStore.open(url(), user(), password(), JdbcEventStore.Options.defaults()));
    assertEquals(
        "migration V1 (complaint events) was recorded with checksum abc but the bundled script has "
            + Migrations.bundled().get(0).checksum()
            + ": the database was migrated with another script",
        changed.getMessage());
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE cx4j_schema_version");
    }
    EventStoreException missing =
        assertThrows(
            EventStoreException.class,
            () ->
                JdbcEventStore.open(
                    url(), user(), password(), new JdbcEventStore.Options(false, 10, 1)));
    assertTrue(
        missing.getMessage().startsWith("the cx4j schema is not installed"), missing.getMessage());
  }

  @Test
  void aConnectionClosedBeforeCommitLeavesNothingBehind() throws Exception {
    TestDataSource ds = new TestDataSource(url(), user(), password());
    try (JdbcEventStore s = JdbcEventStore.of(ds)) {
      s.append(ComplaintId.of("A"), 0, Histories.stream("A", 1, 2, "x"));
      ds.fault = TestDataSource.Fault.CLOSE_AT_COMMIT;
      EventStoreException e =
          assertThrows(
              EventStoreException.class,
              () -> s.append(ComplaintId.of("A"), 2, Histories.stream("A", 3, 40, "x")));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "JdbcEventStore could not append 38 event(s) to complaint A after version 2:"
                      + " connection closed by the test before commit"),
          e.getMessage());
      assertEquals(1, ds.faults.get());
      assertEquals(2, s.load(ComplaintId.of("A")).size());
      assertEquals(2, count("complaint_id = 'A'"));
      assertEquals(
          new AppendResult.Appended(40),
          s.append(ComplaintId.of("A"), 2, Histories.stream("A", 3, 40, "x")));
    }
  }

  @Test
  void aRolledBackTransactionIsRetriedByExecuteAndStoredOnce() throws Exception {
    TestDataSource ds = new TestDataSource(url(), user(), password());
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    try (JdbcEventStore s = JdbcEventStore.of(ds)) {
      s.append(ComplaintId.of("A"), 0, Histories.stream("A", 1, 1, "x"));
      ds.fault = TestDataSource.Fault.ROLLBACK_AT_COMMIT;
      assertEquals(
          new AppendResult.Conflict(1, 1),
          s.append(ComplaintId.of("A"), 1, Histories.stream("A", 2, 5, "x")));
      assertEquals(1, count("complaint_id = 'A'"));
      ds.fault = TestDataSource.Fault.ROLLBACK_AT_COMMIT;
      CommandExecution.Outcome o =
          CommandExecution.execute(
              s,
              wf,
              new ComplaintCommand.RecordCustomerReply(ComplaintId.of("A"), "hello"),
              Histories.T0.plusSeconds(60),
              3);
      assertEquals(2, o.attempts());
      assertEquals(1, o.conflicts());
      assertTrue(o.stored());
      assertEquals(2, s.load(ComplaintId.of("A")).size());
    }
  }

  @Test
  void aWriterKilledDuringABatchLeavesOnlyWholeStreams() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BatchWriter.class.getName(),
                url(),
                user(),
                password())
            .redirectErrorStream(true)
            .start();
    int batches = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("batch ") && ++batches >= 5) {
          break;
        }
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertTrue(batches >= 5, "the child wrote " + batches + " batches");
    try (JdbcEventStore s = (JdbcEventStore) store()) {
      List<ComplaintId> ids = s.complaintIds();
      assertTrue(ids.size() >= 5, ids.toString());
      for (ComplaintId id : ids) {
        List<ComplaintEvent> events = s.load(id);
        assertEquals(BatchWriter.BATCH, events.size(), "a partial stream of " + id);
        assertEquals(Histories.stream(id.value(), 1, BatchWriter.BATCH, "k"), events);
      }
      ReplayResult r = ComplaintReplay.ofStore(s);
      assertEquals(List.of(), r.issues());
    }
  }

  private void insertRaw(Connection c, String eventId, String complaint, long version, String json)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO cx4j_complaint_events (event_id, complaint_id, version, event_type,"
                + " occurred_at, payload) VALUES (?, ?, ?, 'raw', ?, ?)")) {
      p.setString(1, eventId);
      p.setString(2, complaint);
      p.setLong(3, version);
      p.setObject(4, OffsetDateTime.ofInstant(Histories.T0, ZoneOffset.UTC));
      p.setString(5, json);
      p.executeUpdate();
    }
  }

  @Test
  void badRowsAreReportedWithComplaintAndVersionAndNothingElseIsLost() throws Exception {
    EventStore s = store();
    s.append(ComplaintId.of("OK"), 0, Histories.stream("OK", 1, 3, "x"));
    s.append(ComplaintId.of("TYPE"), 0, Histories.stream("TYPE", 1, 1, "x"));
    s.append(ComplaintId.of("JSON"), 0, Histories.stream("JSON", 1, 2, "x"));
    s.append(ComplaintId.of("FOREIGN"), 0, Histories.stream("FOREIGN", 1, 1, "x"));
    s.append(ComplaintId.of("GAP"), 0, Histories.stream("GAP", 1, 2, "x"));
    String json = CxJson.mapper().writeValueAsString(Histories.reply("OK", 9, "other"));
    try (Connection c = connect()) {
      insertRaw(
          c,
          "00000000-0000-0000-0000-000000000001",
          "TYPE",
          2,
          json.replace("customer-replied", "teleported")
              .replace("\"OK\"", "\"TYPE\"")
              .replace("\"version\":9", "\"version\":2"));
      insertRaw(c, "00000000-0000-0000-0000-000000000002", "JSON", 3, "{\"type\":");
      insertRaw(c, "00000000-0000-0000-0000-000000000003", "FOREIGN", 2, json);
      ComplaintEvent gap = Histories.reply("GAP", 4, "x");
      insertRaw(c, gap.id().toString(), "GAP", 4, CxJson.mapper().writeValueAsString(gap));
    }
    ReplayResult r = ComplaintReplay.ofStore(s);
    List<String> issues =
        r.issues().stream()
            .map(i -> i.kind() + " " + i.complaintId() + " " + i.version() + " " + i.message())
            .collect(Collectors.toList());
    assertEquals(7, issues.size(), issues.toString());
    assertEquals("CORRUPT TYPE 2 unknown event type \"teleported\"", issues.get(0));
    assertEquals(
        "CORRUPT JSON 3 not JSON: the text ends after 8 characters before the event is complete",
        issues.get(1));
    assertEquals(
        "CORRUPT FOREIGN 2 the row is complaint FOREIGN version 2 but its event is complaint OK"
            + " version 9",
        issues.get(2));
    assertEquals(
        List.of(
            "CUT TYPE 1 version 2 could not be read; applied through version 1",
            "CUT JSON 2 version 3 could not be read; applied through version 2",
            "CUT FOREIGN 1 version 2 could not be read; applied through version 1",
            "CUT GAP 2 version 3 is missing; applied through version 2, 1 later event(s) not"
                + " applied"),
        issues.subList(3, 7));
    assertTrue(r.issues().stream().allMatch(i -> i.source().startsWith("position ")));
    List<String> complete =
        r.complete().stream().map(c -> c.id().value()).collect(Collectors.toList());
    assertEquals(List.of("OK"), complete);
    assertEquals(3, r.complaints().get(0).state().version());
    EventStoreException e =
        assertThrows(EventStoreException.class, () -> s.load(ComplaintId.of("JSON")));
    assertEquals(
        "complaint JSON version 3 (position "
            + positionOf("JSON", 3)
            + ") is not a valid event: not JSON: the text ends after 8 characters before the event"
            + " is complete",
        e.getMessage());
    assertEquals(ReplayIssue.Kind.CORRUPT, r.issues().get(0).kind());
  }

  private long positionOf(String complaint, long version) throws Exception {
    try (Connection c = connect();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT position FROM cx4j_complaint_events WHERE complaint_id = ? AND version = ?")) {
      p.setString(1, complaint);
      p.setLong(2, version);
      try (ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next(), complaint + " version " + version);
        return rs.getLong(1);
      }
    }
  }

  /**
   * Issue 21: a stored row that is not an event is reported as a line of a file is, in the words of
   * the event format, with complaint id, version and position: the field and the value found, the
   * unknown type or field, or where the text stops being JSON.
   */
  @Test
  void unreadableRowsAreReportedWithFieldAndValueNotJacksonsWording() throws Exception {
    EventStore s = store();
    String[] ids = {
      "BROKEN", "TYPE", "FIELD", "VALUE", "AT", "EMPTY", "ARRAY", "RULE", "CODE", "CATEGORY"
    };
    for (String id : ids) {
      s.append(ComplaintId.of(id), 0, Histories.stream(id, 1, 1, "x"));
    }
    ObjectMapperHolder m = new ObjectMapperHolder();
    try (Connection c = connect()) {
      insertRaw(c, uuid(1), "BROKEN", 2, "{\"type\":\"customer-replied\", x}");
      insertRaw(c, uuid(2), "TYPE", 2, m.reply("TYPE").replace("customer-replied", "teleported"));
      insertRaw(
          c,
          uuid(3),
          "FIELD",
          2,
          m.reply("FIELD").replace("\"message\"", "\"mood\":\"grim\",\"message\""));
      insertRaw(
          c, uuid(4), "VALUE", 2, m.reply("VALUE").replace("\"version\":2", "\"version\":\"two\""));
      insertRaw(
          c,
          uuid(5),
          "AT",
          2,
          m.reply("AT").replaceAll("\"at\":\"[^\"]*\"", "\"at\":\"yesterday\""));
      insertRaw(c, uuid(6), "EMPTY", 2, "");
      insertRaw(c, uuid(7), "ARRAY", 2, "[1,2]");
      insertRaw(c, uuid(8), "RULE", 2, m.reply("RULE").replace("\"version\":2", "\"version\":0"));
      insertRaw(
          c, uuid(10), "CODE", 2, m.pending("CODE").replace("\"pending\"", "\"Awaiting Parts\""));
      insertRaw(
          c, uuid(11), "CATEGORY", 2, m.pending("CATEGORY").replace("\"PENDING\"", "\"LIMBO\""));
    }
    ReplayResult r = ComplaintReplay.ofStore(s);
    List<String> corrupt =
        r.issues().stream()
            .filter(i -> i.kind() == ReplayIssue.Kind.CORRUPT)
            .map(
                i ->
                    i.source()
                        + ": complaint "
                        + i.complaintId()
                        + " version "
                        + i.version()
                        + ": "
                        + i.message())
            .collect(Collectors.toList());
    List<String> expected = new ArrayList<>();
    expected.add(at("BROKEN") + "not JSON: unexpected character 'x' at character 29");
    expected.add(at("TYPE") + "unknown event type \"teleported\"");
    expected.add(at("FIELD") + "unknown field \"mood\" in an \"customer-replied\" event");
    expected.add(at("VALUE") + "field \"version\": expected an integer, was \"two\"");
    expected.add(
        at("AT")
            + "field \"at\": expected an ISO-8601 time such as 2026-01-02T17:35:30Z, was"
            + " \"yesterday\"");
    expected.add(at("EMPTY") + "not JSON: the text is empty");
    expected.add(at("ARRAY") + "not an event: expected a JSON object, was [1,2]");
    expected.add(at("RULE") + ruleMessage());
    expected.add(
        at("CODE")
            + "SubStatus.code must be lower-case letters, digits and single dashes, was \"Awaiting"
            + " Parts\"");
    expected.add(
        at("CATEGORY")
            + "field \"to.category\": expected one of [NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED,"
            + " MERGED], was \"LIMBO\"");
    assertEquals(expected, corrupt);
    for (String id : ids) {
      EventStoreException e =
          assertThrows(EventStoreException.class, () -> s.load(ComplaintId.of(id)));
      String line = expected.get(java.util.Arrays.asList(ids).indexOf(id));
      assertEquals(
          "complaint "
              + id
              + " version 2 (position "
              + positionOf(id, 2)
              + ") is not a valid event: "
              + line.substring(line.indexOf(": ", line.indexOf("version 2")) + 2),
          e.getMessage());
    }
    assertEquals(ids.length, r.complaints().size());
    assertTrue(r.complaints().stream().allMatch(c -> c.incomplete() && c.state().version() == 1));
  }

  private String at(String complaint) throws Exception {
    return "position " + positionOf(complaint, 2) + ": complaint " + complaint + " version 2: ";
  }

  private static String ruleMessage() {
    try {
      new ComplaintEvent.CustomerReplied(
          java.util.UUID.fromString(uuid(9)), ComplaintId.of("RULE"), 0, Histories.T0, "hello");
      throw new AssertionError("version 0 was accepted");
    } catch (io.github.cx4j.core.CxValidationException e) {
      return e.getMessage().lines().findFirst().orElseThrow();
    }
  }

  private static String uuid(int n) {
    return String.format(java.util.Locale.ROOT, "00000000-0000-0000-0000-%012d", 100 + n);
  }

  /** The JSON of a valid version-2 customer reply of a complaint. */
  private static final class ObjectMapperHolder {
    String reply(String complaint) throws Exception {
      return CxJson.mapper().writeValueAsString(Histories.reply(complaint, 2, "hello"));
    }

    /** The JSON of a valid version-2 change to the default pending sub-status. */
    String pending(String complaint) throws Exception {
      ComplaintId c = ComplaintId.of(complaint);
      return CxJson.mapper()
          .writeValueAsString(
              new ComplaintEvent.StatusChanged(
                  ComplaintEvent.idFor(c, 2, "pending"),
                  c,
                  2,
                  Histories.T0.plusSeconds(2),
                  java.util.Optional.of(Histories.ALICE),
                  io.github.cx4j.complaints.workflow.SubStatus.defaultOf(
                      io.github.cx4j.complaints.workflow.StatusCategory.PENDING)));
    }
  }

  @Test
  void anEventIdStoredElsewhereIsAConflictNotAnAppend() throws Exception {
    EventStore s = store();
    s.append(ComplaintId.of("A"), 0, Histories.stream("A", 1, 2, "x"));
    List<ComplaintEvent> clash = new ArrayList<>(Histories.stream("B", 1, 1, "x"));
    ComplaintEvent a2 = Histories.reply("A", 2, "x");
    clash.add(
        new ComplaintEvent.CustomerReplied(
            a2.id(), ComplaintId.of("B"), 2, Histories.T0.plusSeconds(2), "copy"));
    assertEquals(new AppendResult.Conflict(0, 0), s.append(ComplaintId.of("B"), 0, clash));
    assertEquals(List.of(), s.load(ComplaintId.of("B")));
  }
}
