/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import org.junit.jupiter.api.BeforeEach;

/**
 * The JDBC store suite on a real PostgreSQL server ({@link PostgresServer}: the configured one, or
 * a private cluster the test starts).
 */
class PostgresEventStoreTest extends AbstractJdbcEventStoreTest {
  private PostgresServer.Server server;

  @BeforeEach
  void emptySchema() throws Exception {
    server = PostgresServer.get();
    PostgresServer.reset(server);
  }

  @Override
  String url() {
    return server.url();
  }

  @Override
  String user() {
    return server.user();
  }

  @Override
  String password() {
    return server.password();
  }

  @Override
  String database() {
    return "postgresql";
  }
}
