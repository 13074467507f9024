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
    assertTrue(
        issues.get(0).startsWith("CORRUPT TYPE 2 Could not resolve type id 'teleported'"),
        issues.get(0));
    assertTrue(issues.get(1).startsWith("CORRUPT JSON 3 Unexpected end-of-input"), issues.get(1));
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
    assertTrue(e.getMessage().startsWith("complaint JSON version 3 (position "), e.getMessage());
    assertEquals(ReplayIssue.Kind.CORRUPT, r.issues().get(0).kind());
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
