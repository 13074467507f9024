/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import io.github.cx4j.complaints.workflow.EventStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema of the complaint event store as versioned plain-SQL migrations, and the small runner
 * that applies them: each migration {@code V<n>__<description>.sql} runs once, in order, in its own
 * transaction, and is recorded in {@code cx4j_schema_version} with the SHA-256 checksum of its
 * text. A recorded migration whose text changed since is an error, not silently re-run.
 *
 * <p>Why not Flyway: the schema is one table and one index set; a runner of a hundred lines adds no
 * dependency (Flyway 13 brings a core jar and one jar per database) and keeps the migrations plain
 * SQL files that a DBA can read and run by hand (see {@code docs/complaints-store.md}). The files
 * use the same naming as Flyway's versioned migrations, so a team that runs Flyway can point it at
 * {@code classpath:io/github/cx4j/complaints/jdbc/migrations}.
 */
public final class Migrations {
  static final String RESOURCES = "/io/github/cx4j/complaints/jdbc/migrations/";
  static final String VERSION_TABLE = "cx4j_schema_version";

  /**
   * A migration.
   *
   * @param version its version, 1, 2, ...
   * @param description what it does
   * @param sql its text
   * @param checksum SHA-256 of the text, lower-case hex
   */
  public record Migration(int version, String description, String sql, String checksum) {}

  private Migrations() {}

  /**
   * The migrations bundled with this version of the library, in order.
   *
   * @return the migrations
   */
  public static List<Migration> bundled() {
    String index = resource("index.txt");
    List<Migration> out = new ArrayList<>();
    for (String name : index.split("\n")) {
      name = name.strip();
      if (name.isEmpty()) {
        continue;
      }
      int sep = name.indexOf("__");
      int version = Integer.parseInt(name.substring(1, sep));
      String description = name.substring(sep + 2, name.length() - 4).replace('_', ' ');
      String sql = resource(name);
      out.add(new Migration(version, description, sql, sha256(sql)));
    }
    return List.copyOf(out);
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled migration resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled resource " + RESOURCES + name, e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Applies the bundled migrations that the database has not recorded yet.
   *
   * @param connection a connection; its auto-commit setting is restored
   * @return the versions applied now, possibly none
   * @throws EventStoreException if a migration fails (its transaction is rolled back) or a recorded
   *     migration's checksum differs from the bundled one
   */
  public static List<Integer> migrate(Connection connection) {
    try {
      boolean autoCommit = connection.getAutoCommit();
      try {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
          s.execute(
              "CREATE TABLE IF NOT EXISTS "
                  + VERSION_TABLE
                  + " (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL,"
                  + " checksum CHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        List<Integer> applied = new ArrayList<>();
        for (Migration m : bundled()) {
          Map<Integer, String> recorded = recorded(connection);
          String checksum = recorded.get(m.version());
          if (checksum != null) {
            requireSame(m, checksum);
            continue;
          }
          if (apply(connection, m)) {
            applied.add(m.version());
          }
        }
        return applied;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new EventStoreException("cx4j schema migration failed: " + e.getMessage(), e);
    }
  }

  /**
   * Checks, without changing anything, that every bundled migration is recorded with its checksum.
   *
   * @param connection a connection
   * @throws EventStoreException naming the first missing or changed migration
   */
  public static void verify(Connection connection) {
    Map<Integer, String> recorded;
    try {
      recorded = recorded(connection);
    } catch (SQLException e) {
      throw new EventStoreException(
          "the cx4j schema is not installed (no readable "
              + VERSION_TABLE
              + " table): run the migrations of docs/complaints-store.md or open the store with"
              + " migration on",
          e);
    }
    for (Migration m : bundled()) {
      String checksum = recorded.get(m.version());
      if (checksum == null) {
        throw new EventStoreException(
            "the cx4j schema lacks migration V" + m.version() + " (" + m.description() + ")");
      }
      requireSame(m, checksum);
    }
  }

  private static void requireSame(Migration m, String checksum) {
    if (!checksum.strip().equalsIgnoreCase(m.checksum())) {
      throw new EventStoreException(
          "migration V"
              + m.version()
              + " ("
              + m.description()
              + ") was recorded with checksum "
              + checksum.strip()
              + " but the bundled script has "
              + m.checksum()
              + ": the database was migrated with another script");
    }
  }

  private static Map<Integer, String> recorded(Connection connection) throws SQLException {
    Map<Integer, String> out = new TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + VERSION_TABLE)) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    }
    return out;
  }

  /** Runs one migration in a transaction; false if a concurrent runner recorded it first. */
  private static boolean apply(Connection connection, Migration m) throws SQLException {
    connection.setAutoCommit(false);
    try {
      try (Statement s = connection.createStatement()) {
        for (String statement : statements(m.sql())) {
          s.execute(statement);
        }
      }
      try (PreparedStatement p =
          connection.prepareStatement(
              "INSERT INTO "
                  + VERSION_TABLE
                  + " (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
        p.setInt(1, m.version());
        p.setString(2, m.description());
        p.setString(3, m.checksum());
        p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
        p.executeUpdate();
      }
      connection.commit();
      return true;
    } catch (SQLException e) {
      connection.rollback();
      connection.setAutoCommit(true);
      String checksum = recorded(connection).get(m.version());
      if (checksum != null) {
        requireSame(m, checksum);
        return false;
      }
      throw new SQLException(
          "migration V" + m.version() + " (" + m.description() + ") failed: " + e.getMessage(),
          e.getSQLState(),
          e);
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Splits a script at semicolons that end a line, dropping comment lines. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        out.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
