/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.complaints.jdbc.JdbcEventStore;
import io.github.cx4j.complaints.workflow.EventStoreException;
import io.github.cx4j.examples.cli.CliException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The login options of the commands that open an event store named by {@code --db}, as a picocli
 * mixin ({@code @Mixin DbLogin login;}): {@code --db-user} and {@code --db-password-env}, and
 * {@link #open(String)}.
 */
final class DbLogin {
  @Option(
      names = "--db-user",
      defaultValue = "",
      description = "Database user for a JDBC URL (default: none).")
  String user = "";

  @Option(
      names = "--db-password-env",
      defaultValue = "",
      paramLabel = "VAR",
      description = "Name of the environment variable that holds the database password.")
  String passwordEnv = "";

  /**
   * Opens the store: an H2 database file, or a JDBC URL with this user and the password from the
   * environment variable.
   *
   * @param db the value of {@code --db}
   * @return the open store
   * @throws CliException naming {@code --db} and the value if it cannot be opened
   */
  JdbcEventStore open(String db) {
    try {
      if (db.startsWith("jdbc:")) {
        String password = passwordEnv.isEmpty() ? "" : System.getenv(passwordEnv);
        return JdbcEventStore.open(
            db, user, password == null ? "" : password, JdbcEventStore.Options.defaults());
      }
      return JdbcEventStore.open(Path.of(db));
    } catch (EventStoreException e) {
      throw new CliException("--db " + db + ": " + e.getMessage(), e);
    }
  }
}
