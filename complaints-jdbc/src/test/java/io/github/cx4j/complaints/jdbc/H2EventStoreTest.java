/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.workflow.ComplaintId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store suite on the embedded H2 file database. */
class H2EventStoreTest extends AbstractJdbcEventStoreTest {
  @TempDir Path dir;

  @Override
  String url() {
    return JdbcEventStore.h2Url(dir.resolve("events"));
  }

  @Override
  String user() {
    return "";
  }

  @Override
  String password() {
    return "";
  }

  @Override
  String database() {
    return "h2";
  }

  @Test
  void openPathCreatesTheFileAndAcceptsTheMvDbSuffix() {
    Path file = dir.resolve("crm.mv.db");
    try (JdbcEventStore s = JdbcEventStore.open(file)) {
      s.append(ComplaintId.of("A"), 0, Histories.stream("A", 1, 2, "x"));
    }
    assertTrue(Files.exists(file));
    try (JdbcEventStore s = JdbcEventStore.open(dir.resolve("crm"))) {
      assertEquals(2, s.load(ComplaintId.of("A")).size());
    }
  }
}
