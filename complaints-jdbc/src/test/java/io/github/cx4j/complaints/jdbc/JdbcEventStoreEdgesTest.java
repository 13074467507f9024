/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.workflow.AppendResult;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.EventStoreException;
import io.github.cx4j.core.CxValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, opening errors, a closed store, chunked reads and the script splitter. */
class JdbcEventStoreEdgesTest {
  @TempDir Path dir;

  @Test
  void optionsAreChecked() {
    assertEquals(
        "JdbcEventStore.Options.fetchSize must be at least 1, was 0",
        assertThrows(CxValidationException.class, () -> new JdbcEventStore.Options(true, 0, 1))
            .getMessage());
    assertEquals(
        "JdbcEventStore.Options.poolSize must be at least 1, was 0",
        assertThrows(CxValidationException.class, () -> new JdbcEventStore.Options(true, 1, 0))
            .getMessage());
  }

  @Test
  void anUnknownUrlIsNamed() {
    EventStoreException e =
        assertThrows(
            EventStoreException.class,
            () -> JdbcEventStore.open("jdbc:nope:x", "u", "p", JdbcEventStore.Options.defaults()));
    assertTrue(
        e.getMessage().startsWith("cannot open the event store at jdbc:nope:x: No suitable driver"),
        e.getMessage());
  }

  @Test
  void aClosedStoreSaysSo() {
    JdbcEventStore s = JdbcEventStore.open(dir.resolve("db"));
    s.close();
    EventStoreException e =
        assertThrows(
            EventStoreException.class,
            () -> s.append(ComplaintId.of("A"), 0, Histories.stream("A", 1, 1, "x")));
    assertTrue(
        e.getMessage()
            .startsWith(
                "JdbcEventStore could not connect to append to complaint A: the event store is"
                    + " closed"),
        e.getMessage());
    assertThrows(EventStoreException.class, () -> s.load(ComplaintId.of("A")));
    assertThrows(EventStoreException.class, s::complaintIds);
    assertThrows(EventStoreException.class, () -> s.readAll(0, (p, ev) -> {}));
  }

  @Test
  void loadManyReadsInChunksAndAnEmptyAppendChangesNothing() {
    try (JdbcEventStore s =
        JdbcEventStore.open(
            JdbcEventStore.h2Url(dir.resolve("db")),
            "",
            "",
            new JdbcEventStore.Options(true, 7, 2))) {
      List<ComplaintId> ids = new ArrayList<>();
      for (int i = 0; i < 620; i++) {
        String id = "M-" + i;
        ids.add(ComplaintId.of(id));
        s.append(ComplaintId.of(id), 0, Histories.stream(id, 1, 1, "x"));
      }
      assertEquals(620, s.loadMany(ids).size());
      assertEquals(new AppendResult.Appended(1), s.append(ComplaintId.of("M-1"), 1, List.of()));
      assertEquals(new AppendResult.Conflict(0, 1), s.append(ComplaintId.of("M-1"), 0, List.of()));
    }
  }

  @Test
  void theH2WriteDelayIsPartOfTheUrlAndChecked() {
    assertTrue(
        JdbcEventStore.h2Url(dir.resolve("db.mv.db"), 250)
            .endsWith("db;LOCK_TIMEOUT=10000;WRITE_DELAY=250"));
    assertTrue(JdbcEventStore.h2Url(dir.resolve("db")).endsWith(";WRITE_DELAY=0"));
    CxValidationException e =
        assertThrows(
            CxValidationException.class, () -> JdbcEventStore.h2Url(dir.resolve("db"), -1));
    assertEquals(
        "JdbcEventStore.h2Url.writeDelayMillis must be between 0 and 60000, was -1",
        e.getMessage());
  }

  @Test
  void scriptsSplitAtLineEndingSemicolons() {
    assertEquals(
        List.of("CREATE TABLE a (x INT)", "SELECT 1"),
        Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nSELECT 1\n"));
    assertEquals(List.of(1, 2), Migrations.bundled().stream().map(m -> m.version()).toList());
    assertEquals(64, Migrations.bundled().get(0).checksum().length());
    assertEquals(64, Migrations.bundled().get(1).checksum().length());
  }
}
