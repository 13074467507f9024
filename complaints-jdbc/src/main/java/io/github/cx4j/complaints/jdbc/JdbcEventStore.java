/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.cx4j.complaints.workflow.AppendChecks;
import io.github.cx4j.complaints.workflow.AppendResult;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintReplay;
import io.github.cx4j.complaints.workflow.EventStore;
import io.github.cx4j.complaints.workflow.EventStoreException;
import io.github.cx4j.complaints.workflow.StoredEventVisitor;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * An {@link EventStore} in a relational database through plain JDBC: the embedded H2 file by
 * default, PostgreSQL for a server, any data source an application passes in.
 *
 * <p>Table {@code cx4j_complaint_events} (migration V1, see {@link Migrations}): one row per event
 * with a global {@code position} (identity), the event id, complaint id, version, type, time and
 * the event's JSON ({@link CxJson#mapper()}). Appends run in one transaction: read the stream's
 * version, compare it with the expected one, insert the events in a batch, commit. The unique key
 * (complaint id, version) makes the loser of a race fail at insert; the store then rolls back and
 * answers {@link AppendResult.Conflict}. The unique event id makes a repeated append fail; if the
 * stored events have the same ids at the same versions, the answer is {@link
 * AppendResult.AlreadyAppended}. A failed append leaves nothing behind: rows become visible only
 * with the commit.
 *
 * <p>Reads use a fetch size ({@link Options#fetchSize()}, default 1,000 rows) inside a read-only
 * transaction, so PostgreSQL streams large replays through a cursor instead of loading them whole.
 *
 * <p>Positions come from an identity column: they are drawn when an insert runs, so under
 * concurrent writers a later position could commit before an earlier one. {@link #readAll} reads
 * only up to a safe position, below which no event can still appear: on PostgreSQL appends share an
 * advisory lock that a reader takes exclusively for a moment (taken by the statement that reads the
 * stream's version, so an append is three round trips: that read, the batch insert, the commit);
 * elsewhere appends hold the row of {@code cx4j_append_lock} (migration V2) from their insert to
 * their commit. A reader that polls with the position {@code readAll} returned meets every event
 * once, in position order.
 *
 * <p>Stored JSON is decoded by a streaming reader that falls back to {@code CxJson}'s databind
 * reader for any row not in the written shape (so results and errors are {@code CxJson}'s); on H2,
 * concurrent appends are committed together (group commit).
 */
public final class JdbcEventStore implements EventStore, AutoCloseable {
  static final String TABLE = "cx4j_complaint_events";
  private static final Map<Class<?>, String> TYPE_NAMES = typeNames();
  private static final int IN_LIST = 500;

  private final Connections connections;
  private final Options options;
  private final EventDecoder decoder;
  private final ObjectWriter writer;
  private final ObjectMapper mapper;
  private volatile Dialect dialect = Dialect.OTHER;

  /** How appends keep positions committing in order, and how rows are fetched. */
  enum Dialect {
    /** Advisory locks: shared by appends, taken exclusively for a moment by readers. */
    POSTGRESQL,
    /** H2: the lock row of migration V2, and concurrent appends committed together. */
    H2,
    /** The lock row of migration V2: appends run one at a time from their positions to commit. */
    OTHER
  }

  /** The advisory lock key of the store's appends (the text "cx4jappd" as a number). */
  static final long APPEND_LOCK_KEY = 0x6378346a61707064L;

  /**
   * Settings of a store.
   *
   * @param migrate apply the bundled migrations when opening (otherwise only verify them)
   * @param fetchSize rows fetched per round trip when reading, at least 1
   * @param poolSize idle connections kept by a store opened from a URL or a path, at least 1
   */
  public record Options(boolean migrate, int fetchSize, int poolSize) {
    /**
     * Checks the sizes.
     *
     * @param migrate migrate
     * @param fetchSize fetch size
     * @param poolSize pool size
     */
    public Options {
      if (fetchSize < 1) {
        throw CxValidationException.of(
            "JdbcEventStore.Options.fetchSize", "be at least 1", fetchSize);
      }
      if (poolSize < 1) {
        throw CxValidationException.of(
            "JdbcEventStore.Options.poolSize", "be at least 1", poolSize);
      }
    }

    /**
     * Migrate on open, fetch 1,000 rows, keep 16 idle connections.
     *
     * @return the defaults
     */
    public static Options defaults() {
      return new Options(true, 1000, 16);
    }
  }

  private JdbcEventStore(Connections connections, Options options) {
    this.connections = connections;
    this.options = options;
    this.mapper = CxJson.mapper();
    this.decoder = new EventDecoder(mapper);
    this.writer = mapper.writerFor(ComplaintEvent.class);
  }

  /**
   * Opens (creating if needed) the embedded H2 database in a file.
   *
   * @param file the database file; {@code .mv.db} is added by H2 if not given
   * @return the store, migrated
   * @throws EventStoreException if the file cannot be opened (for example, another process has it
   *     open) or migrated
   */
  public static JdbcEventStore open(Path file) {
    return open(h2Url(file), "", "", Options.defaults());
  }

  /**
   * The JDBC URL of the embedded H2 file database that {@link #open(Path)} uses.
   *
   * @param file the database file, with or without {@code .mv.db}
   * @return the URL; {@code WRITE_DELAY=0} makes each commit durable before it returns (H2 would
   *     otherwise write commits to the file up to half a second later, and a killed process would
   *     lose them), {@code LOCK_TIMEOUT=10000} lets concurrent writers wait for a row lock
   */
  public static String h2Url(Path file) {
    return h2Url(file, 0);
  }

  /**
   * The JDBC URL of an embedded H2 file database with a chosen write delay.
   *
   * <p>What a commit means in H2 (measured on the build machine, see docs/complaints-store.md): H2
   * never forces its file to the disk at a commit. With a write delay of 0 each commit writes its
   * changes to the file before it returns, so an acknowledged append survives a killed process (the
   * operating system has the bytes) but not a power cut or an operating-system crash. With a delay
   * of {@code n} milliseconds H2 writes commits in the background at most {@code n} milliseconds
   * later, which raised one writer's commit rate about three times, and a killed process loses the
   * appends acknowledged in the last {@code n} milliseconds.
   *
   * @param file the database file, with or without {@code .mv.db}
   * @param writeDelayMillis 0 (each commit written before it returns) up to 60,000
   * @return the URL
   * @throws CxValidationException if the delay is out of range
   */
  public static String h2Url(Path file, int writeDelayMillis) {
    if (writeDelayMillis < 0 || writeDelayMillis > 60_000) {
      throw CxValidationException.of(
          "JdbcEventStore.h2Url.writeDelayMillis", "be between 0 and 60000", writeDelayMillis);
    }
    String path = file.toAbsolutePath().normalize().toString();
    if (path.endsWith(".mv.db")) {
      path = path.substring(0, path.length() - ".mv.db".length());
    }
    return "jdbc:h2:file:" + path + ";LOCK_TIMEOUT=10000;WRITE_DELAY=" + writeDelayMillis;
  }

  /**
   * Opens a store at a JDBC URL (for example {@code jdbc:postgresql://localhost:5432/crm}); the
   * driver must be on the class path (H2 is, PostgreSQL's {@code org.postgresql:postgresql} is
   * added by the application).
   *
   * @param url the JDBC URL
   * @param user the user, or empty for none
   * @param password the password, or empty for none
   * @param options settings
   * @return the store
   * @throws EventStoreException if no connection can be made or the schema cannot be migrated
   */
  public static JdbcEventStore open(String url, String user, String password, Options options) {
    Properties properties = new Properties();
    if (!user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    return start(Connections.pool(url, properties, options.poolSize()), options, url);
  }

  /**
   * A store on an application's data source (its connection pool), migrated on open.
   *
   * @param dataSource the data source
   * @return the store
   * @throws EventStoreException if the schema cannot be migrated
   */
  public static JdbcEventStore of(javax.sql.DataSource dataSource) {
    return of(dataSource, Options.defaults());
  }

  /**
   * A store on an application's data source.
   *
   * @param dataSource the data source
   * @param options settings ({@code poolSize} is not used)
   * @return the store
   * @throws EventStoreException if the schema cannot be migrated, or (with migration off) is
   *     missing or differs
   */
  public static JdbcEventStore of(javax.sql.DataSource dataSource, Options options) {
    return start(Connections.of(dataSource), options, "data source");
  }

  private static JdbcEventStore start(Connections connections, Options options, String where) {
    JdbcEventStore store = new JdbcEventStore(connections, options);
    Connection c = null;
    try {
      c = connections.acquire();
      if (options.migrate()) {
        Migrations.migrate(c);
      } else {
        Migrations.verify(c);
      }
      String product = c.getMetaData().getDatabaseProductName();
      store.dialect =
          "PostgreSQL".equalsIgnoreCase(product)
              ? Dialect.POSTGRESQL
              : "H2".equalsIgnoreCase(product) ? Dialect.H2 : Dialect.OTHER;
      connections.release(c, false);
      return store;
    } catch (SQLException e) {
      if (c != null) {
        connections.release(c, true);
      }
      connections.close();
      throw new EventStoreException(
          "cannot open the event store at " + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (c != null) {
        connections.release(c, true);
      }
      connections.close();
      throw e;
    }
  }

  private static Map<Class<?>, String> typeNames() {
    Map<Class<?>, String> names = new HashMap<>();
    JsonSubTypes types = ComplaintEvent.class.getAnnotation(JsonSubTypes.class);
    for (JsonSubTypes.Type t : types.value()) {
      names.put(t.value(), t.name());
    }
    return Map.copyOf(names);
  }

  @Override
  public AppendResult append(
      ComplaintId complaintId, long expectedVersion, List<? extends ComplaintEvent> events) {
    AppendChecks.require(complaintId, expectedVersion, events, "JdbcEventStore");
    List<String> payloads = new ArrayList<>(events.size());
    for (ComplaintEvent e : events) {
      try {
        payloads.add(writer.writeValueAsString(e));
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException("a valid event always serialises: " + e, ex);
      }
    }
    if (dialect == Dialect.H2) {
      return groupCommit(new Request(complaintId, expectedVersion, List.copyOf(events), payloads));
    }
    Connection c;
    try {
      c = connections.acquire();
    } catch (SQLException e) {
      throw failure("connect to append to complaint " + complaintId, e);
    }
    boolean broken = false;
    try {
      c.setAutoCommit(false);
      boolean pg = dialect == Dialect.POSTGRESQL;
      long current =
          pg ? currentVersionUnderAppendLock(c, complaintId) : currentVersion(c, complaintId);
      if (current != expectedVersion || events.isEmpty()) {
        AppendResult r =
            current == expectedVersion
                ? new AppendResult.Appended(current)
                : answerWithoutAppending(c, complaintId, expectedVersion, events, current);
        c.rollback();
        return r;
      }
      if (!pg) {
        holdAppendLock(c);
      }
      insert(c, complaintId, events, payloads);
      c.commit();
      return new AppendResult.Appended(expectedVersion + events.size());
    } catch (SQLException e) {
      rollbackQuietly(c);
      if (!lostRace(e)) {
        broken = true;
        throw failure(
            "append "
                + events.size()
                + " event(s) to complaint "
                + complaintId
                + " after version "
                + expectedVersion,
            e);
      }
      try {
        c.setAutoCommit(false);
        long current = currentVersion(c, complaintId);
        AppendResult r = answerWithoutAppending(c, complaintId, expectedVersion, events, current);
        c.rollback();
        return r;
      } catch (SQLException again) {
        broken = true;
        throw failure("re-read complaint " + complaintId + " after a lost race", again);
      }
    } finally {
      connections.release(c, broken);
    }
  }

  private static final String INSERT =
      "INSERT INTO "
          + TABLE
          + " (event_id, complaint_id, version, event_type, occurred_at, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  private static void insert(
      Connection c,
      ComplaintId complaintId,
      List<? extends ComplaintEvent> events,
      List<String> json)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(INSERT)) {
      for (int i = 0; i < events.size(); i++) {
        ComplaintEvent e = events.get(i);
        p.setString(1, e.id().toString());
        p.setString(2, complaintId.value());
        p.setLong(3, e.version());
        p.setString(4, TYPE_NAMES.getOrDefault(e.getClass(), e.getClass().getSimpleName()));
        p.setObject(5, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
        p.setString(6, json.get(i));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** One caller's append waiting for a group commit. */
  private static final class Request {
    final ComplaintId complaintId;
    final long expectedVersion;
    final List<ComplaintEvent> events;
    final List<String> payloads;
    volatile boolean done;
    @org.jspecify.annotations.Nullable AppendResult result;
    @org.jspecify.annotations.Nullable RuntimeException failure;

    Request(
        ComplaintId complaintId,
        long expectedVersion,
        List<ComplaintEvent> events,
        List<String> payloads) {
      this.complaintId = complaintId;
      this.expectedVersion = expectedVersion;
      this.events = events;
      this.payloads = payloads;
    }
  }

  private static final int GROUP_LIMIT = 256;
  private final java.util.concurrent.ConcurrentLinkedQueue<Request> waiting =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.concurrent.locks.ReentrantLock leader =
      new java.util.concurrent.locks.ReentrantLock();

  /**
   * Group commit (H2): the caller queues its append and takes the leader lock; while one leader
   * commits, the appends of other callers queue up. The next leader runs every queued append in one
   * transaction, each behind a savepoint (a conflict or a lost race rolls back only its own rows),
   * and commits once; every caller returns after the commit that carries its events, so each answer
   * is exactly as durable as a commit of its own. H2 writes one chunk to the file per commit, which
   * is what limits its commit rate.
   */
  private AppendResult groupCommit(Request mine) {
    waiting.add(mine);
    while (!mine.done) {
      leader.lock();
      try {
        if (!mine.done) {
          List<Request> group = new ArrayList<>();
          Request r;
          while (group.size() < GROUP_LIMIT && (r = waiting.poll()) != null) {
            group.add(r);
          }
          runGroup(group);
        }
      } finally {
        leader.unlock();
      }
    }
    RuntimeException failure = mine.failure;
    if (failure != null) {
      throw failure;
    }
    return java.util.Objects.requireNonNull(mine.result);
  }

  private void runGroup(List<Request> group) {
    Connection c;
    try {
      c = connections.acquire();
    } catch (SQLException e) {
      for (Request r : group) {
        finish(r, failure("connect to append to complaint " + r.complaintId, e));
      }
      return;
    }
    boolean broken = false;
    try {
      c.setAutoCommit(false);
      holdAppendLock(c);
      for (Request r : group) {
        appendInGroup(c, r);
      }
      c.commit();
      for (Request r : group) {
        r.done = true;
      }
    } catch (SQLException e) {
      rollbackQuietly(c);
      if (lostRace(e) && answerAfterLostRace(c, group)) {
        return;
      }
      broken = true;
      for (Request r : group) {
        finish(r, failure(what(r) + together(group), e));
      }
    } finally {
      connections.release(c, broken);
    }
  }

  /**
   * After a group's transaction was rolled back as a lost race (a serialisation failure or a lock
   * time-out at commit), nothing of it is stored: each caller gets the answer a lone append gets
   * then, a conflict to retry or, if its events are stored after all, already appended.
   */
  private boolean answerAfterLostRace(Connection c, List<Request> group) {
    try {
      c.setAutoCommit(false);
      List<AppendResult> answers = new ArrayList<>(group.size());
      for (Request r : group) {
        answers.add(
            answerWithoutAppending(
                c, r.complaintId, r.expectedVersion, r.events, currentVersion(c, r.complaintId)));
      }
      c.rollback();
      for (int i = 0; i < group.size(); i++) {
        group.get(i).result = answers.get(i);
        group.get(i).done = true;
      }
      return true;
    } catch (SQLException again) {
      rollbackQuietly(c);
      return false;
    }
  }

  private static void finish(Request r, RuntimeException failure) {
    r.result = null;
    r.failure = failure;
    r.done = true;
  }

  private static String what(Request r) {
    return "append "
        + r.events.size()
        + " event(s) to complaint "
        + r.complaintId
        + " after version "
        + r.expectedVersion;
  }

  private static String together(List<Request> group) {
    return group.size() == 1
        ? ""
        : " (in one commit with " + (group.size() - 1) + " other append(s))";
  }

  /** One append of a group behind its savepoint: its answer, or its own failure. */
  private void appendInGroup(Connection c, Request r) throws SQLException {
    java.sql.Savepoint before = c.setSavepoint();
    try {
      long current = currentVersion(c, r.complaintId);
      if (current != r.expectedVersion || r.events.isEmpty()) {
        r.result =
            current == r.expectedVersion
                ? new AppendResult.Appended(current)
                : answerWithoutAppending(c, r.complaintId, r.expectedVersion, r.events, current);
        return;
      }
      insert(c, r.complaintId, r.events, r.payloads);
      r.result = new AppendResult.Appended(r.expectedVersion + r.events.size());
    } catch (SQLException e) {
      c.rollback(before);
      if (lostRace(e)) {
        r.result =
            answerWithoutAppending(
                c, r.complaintId, r.expectedVersion, r.events, currentVersion(c, r.complaintId));
      } else {
        r.failure = failure(what(r), e);
      }
    }
  }

  /**
   * Takes the append lock inside the append's transaction, before its events draw positions; it is
   * held until the commit or roll-back. Databases other than PostgreSQL: the row of {@code
   * cx4j_append_lock}, which serialises appends from their positions to their commit. (PostgreSQL
   * appends take the shared advisory lock with their version read, {@link
   * #currentVersionUnderAppendLock}; a reader's {@link #safePosition} takes it exclusively for a
   * moment.)
   */
  private static void holdAppendLock(Connection c) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE cx4j_append_lock SET taken = taken + 1 WHERE id = 1")) {
      p.execute();
    }
  }

  /**
   * The highest position below which no event can still appear: every append that drew a position
   * up to it has committed or rolled back. PostgreSQL: wait for the exclusive advisory lock (the
   * appends in flight finish, new ones wait), read the highest committed position, release the
   * lock. Other databases: appends commit in position order (the lock row), so the highest
   * committed position is safe as it is.
   */
  private long safePosition(Connection c) throws SQLException {
    c.setAutoCommit(true);
    boolean pg = dialect == Dialect.POSTGRESQL;
    try (java.sql.Statement s = c.createStatement()) {
      if (pg) {
        s.execute("SELECT pg_advisory_lock(" + APPEND_LOCK_KEY + ")");
      }
      try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(position), 0) FROM " + TABLE)) {
        rs.next();
        return rs.getLong(1);
      } finally {
        if (pg) {
          s.execute("SELECT pg_advisory_unlock(" + APPEND_LOCK_KEY + ")");
        }
      }
    }
  }

  /** Integrity violations, serialisation failures, deadlocks and lock time-outs: retryable. */
  private static boolean lostRace(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if (state != null
            && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"))) {
          return true;
        }
        SQLException next = s.getNextException();
        if (next != null && next != t && lostRace(next)) {
          return true;
        }
      }
    }
    return false;
  }

  private AppendResult answerWithoutAppending(
      Connection c,
      ComplaintId complaintId,
      long expectedVersion,
      List<? extends ComplaintEvent> events,
      long current)
      throws SQLException {
    if (!events.isEmpty() && expectedVersion + events.size() <= current) {
      Map<Long, String> stored = new HashMap<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT version, event_id FROM "
                  + TABLE
                  + " WHERE complaint_id = ? AND version > ? AND version <= ?")) {
        p.setString(1, complaintId.value());
        p.setLong(2, expectedVersion);
        p.setLong(3, expectedVersion + events.size());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            stored.put(rs.getLong(1), rs.getString(2).strip());
          }
        }
      }
      boolean same = true;
      for (ComplaintEvent e : events) {
        same &= e.id().toString().equals(stored.get(e.version()));
      }
      if (same) {
        return new AppendResult.AlreadyAppended(current);
      }
    }
    return new AppendResult.Conflict(expectedVersion, current);
  }

  private static final String VERSION_UNDER_APPEND_LOCK =
      "SELECT MAX(version), pg_advisory_xact_lock_shared("
          + APPEND_LOCK_KEY
          + ") FROM "
          + TABLE
          + " WHERE complaint_id = ?";

  /**
   * PostgreSQL: the stream's version and the shared append lock in one round trip (the statement
   * that opens the append's transaction). The lock is taken before the events draw positions, as
   * {@link #holdAppendLock} would take it, and held until the commit or roll-back; an append that
   * then finds a conflict only holds it until its roll-back, which a reader's {@link #safePosition}
   * waits for as for any append in flight.
   */
  private static long currentVersionUnderAppendLock(Connection c, ComplaintId complaintId)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(VERSION_UNDER_APPEND_LOCK)) {
      p.setString(1, complaintId.value());
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long currentVersion(Connection c, ComplaintId complaintId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT MAX(version) FROM " + TABLE + " WHERE complaint_id = ?")) {
      p.setString(1, complaintId.value());
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is probably gone; release(broken) closes it
    }
  }

  private static EventStoreException failure(String what, SQLException e) {
    return new EventStoreException(
        "JdbcEventStore could not "
            + what
            + ": "
            + e.getMessage()
            + " (SQL state "
            + e.getSQLState()
            + ")",
        e);
  }

  /** A row read back: an event, or why it is not one. */
  private record Row(
      long position,
      String complaintId,
      long version,
      @org.jspecify.annotations.Nullable ComplaintEvent event,
      String problem) {}

  private Row row(ResultSet rs) throws SQLException {
    return row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4));
  }

  private Row row(long position, String complaintId, long version, Object payload) {
    try {
      ComplaintEvent event =
          payload instanceof byte[] b ? decoder.read(b) : decoder.read((String) payload);
      if (!event.complaintId().value().equals(complaintId) || event.version() != version) {
        return new Row(
            position,
            complaintId,
            version,
            null,
            "the row is complaint "
                + complaintId
                + " version "
                + version
                + " but its event is complaint "
                + event.complaintId()
                + " version "
                + event.version());
      }
      return new Row(position, complaintId, version, event, "");
    } catch (java.io.IOException | IllegalArgumentException e) {
      return new Row(position, complaintId, version, null, problem(payload, e));
    }
  }

  /**
   * What is wrong with a stored text, as {@code cx4j complaints replay} words it for a line of a
   * file ({@link ComplaintReplay#problemOf}): the field and the value found, the unknown type or
   * field, or where the text stops being JSON; Jackson's message only if that reading accepts the
   * text after all.
   */
  private String problem(Object payload, Exception e) {
    String text =
        payload instanceof byte[] b
            ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
            : (String) payload;
    java.util.Optional<String> problem = ComplaintReplay.problemOf(text, mapper);
    if (problem.isPresent()) {
      return problem.get();
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CxValidationException) {
        return firstLine(t.getMessage());
      }
    }
    return firstLine(
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
  }

  private static String firstLine(@org.jspecify.annotations.Nullable String message) {
    if (message == null || message.isBlank()) {
      return "invalid event";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static EventStoreException unreadable(Row r) {
    return new EventStoreException(
        "complaint "
            + r.complaintId()
            + " version "
            + r.version()
            + " (position "
            + r.position()
            + ") is not a valid event: "
            + r.problem());
  }

  private interface RowQuery {
    void bind(PreparedStatement p) throws SQLException;
  }

  private interface RowSink {
    void accept(Row row);
  }

  private void query(String sql, RowQuery bind, RowSink sink, String what) {
    Connection c;
    try {
      c = connections.acquire();
    } catch (SQLException e) {
      throw failure("connect to " + what, e);
    }
    boolean broken = false;
    try {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setFetchSize(options.fetchSize());
        bind.bind(p);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            sink.accept(row(rs));
          }
        }
      }
      c.rollback();
      c.setReadOnly(false);
    } catch (SQLException e) {
      broken = true;
      rollbackQuietly(c);
      throw failure(what, e);
    } finally {
      connections.release(c, broken);
    }
  }

  private static final String COLUMNS = "SELECT position, complaint_id, version, payload FROM ";

  @Override
  public List<ComplaintEvent> load(ComplaintId complaintId) {
    List<ComplaintEvent> out = new ArrayList<>();
    query(
        COLUMNS + TABLE + " WHERE complaint_id = ? ORDER BY version",
        p -> p.setString(1, complaintId.value()),
        r -> {
          if (r.event() == null) {
            throw unreadable(r);
          }
          out.add(java.util.Objects.requireNonNull(r.event()));
        },
        "load complaint " + complaintId);
    return out;
  }

  @Override
  public Map<ComplaintId, List<ComplaintEvent>> loadMany(Collection<ComplaintId> complaintIds) {
    Map<String, List<ComplaintEvent>> found = new HashMap<>();
    List<ComplaintId> ids = List.copyOf(complaintIds);
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      List<ComplaintId> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      query(
          COLUMNS + TABLE + " WHERE complaint_id IN (" + marks + ") ORDER BY complaint_id, version",
          p -> {
            for (int i = 0; i < chunk.size(); i++) {
              p.setString(i + 1, chunk.get(i).value());
            }
          },
          r -> {
            if (r.event() == null) {
              throw unreadable(r);
            }
            found
                .computeIfAbsent(r.complaintId(), k -> new ArrayList<>())
                .add(java.util.Objects.requireNonNull(r.event()));
          },
          "load " + chunk.size() + " complaints");
    }
    Map<ComplaintId, List<ComplaintEvent>> out = new LinkedHashMap<>();
    for (ComplaintId id : ids) {
      List<ComplaintEvent> events = found.get(id.value());
      if (events != null) {
        out.put(id, List.copyOf(events));
      }
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads only up to a safe position (see {@link #safePosition}): a position not yet visited is
   * never committed later below the returned one, so a reader that polls with the returned position
   * sees every event exactly once, in position order, however many writers append concurrently. A
   * read of more than {@link Options#fetchSize()} rows fetches on a second thread while the calling
   * thread decodes and visits.
   */
  @Override
  public long readAll(long afterPosition, StoredEventVisitor visitor) {
    String what = "read events after position " + afterPosition;
    Connection c;
    try {
      c = connections.acquire();
    } catch (SQLException e) {
      throw failure("connect to " + what, e);
    }
    boolean broken = false;
    try {
      long safe = safePosition(c);
      if (safe <= afterPosition) {
        return afterPosition;
      }
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try (PreparedStatement p =
          c.prepareStatement(
              COLUMNS + TABLE + " WHERE position > ? AND position <= ? ORDER BY position")) {
        p.setFetchSize(options.fetchSize());
        p.setLong(1, afterPosition);
        p.setLong(2, safe);
        try (ResultSet rs = p.executeQuery()) {
          if (safe - afterPosition > options.fetchSize()) {
            new Fetcher(rs, options.fetchSize(), dialect == Dialect.POSTGRESQL).visit(visitor);
          } else {
            while (rs.next()) {
              visit(row(rs), visitor);
            }
          }
        }
      }
      c.rollback();
      c.setReadOnly(false);
      return safe;
    } catch (SQLException e) {
      broken = true;
      rollbackQuietly(c);
      throw failure(what, e);
    } finally {
      connections.release(c, broken);
    }
  }

  private static void visit(Row r, StoredEventVisitor visitor) {
    ComplaintEvent event = r.event();
    if (event == null) {
      visitor.unreadable(r.position(), r.complaintId(), r.version(), r.problem());
    } else {
      visitor.event(r.position(), event);
    }
  }

  /**
   * Rows fetched by the fetching thread, handed over a batch at a time, decoded by whichever thread
   * has time: the fetching thread when the reader is behind, else the reading thread.
   */
  private static final class Batch {
    final long[] positions;
    final String[] complaintIds;
    final long[] versions;
    final Object[] payloads;
    final Row[] rows;
    volatile boolean decoded;
    int size;

    Batch(int capacity) {
      positions = new long[capacity];
      complaintIds = new String[capacity];
      versions = new long[capacity];
      payloads = new Object[capacity];
      rows = new Row[capacity];
    }
  }

  /**
   * Fetches a result set's rows on a second thread into batches that the calling thread visits, so
   * that the database round trips overlap with what the visitor does. The JSON decoding, the
   * largest share, goes to whichever thread has time: the fetching thread decodes a batch itself
   * when two or more are already waiting for the reader, else it hands the batch over raw and the
   * reader decodes it. Profiles of a million-event replay from PostgreSQL (docs/benchmarks.md,
   * third store section) showed either thread idle most of the time when the decoding had a fixed
   * place: the calling thread had 90% of the samples when it decoded, 29% when the fetching thread
   * did.
   */
  private final class Fetcher {
    private static final Batch END = new Batch(0);
    private final ResultSet rs;
    private final int batchSize;
    private final boolean bytes;
    private final java.util.concurrent.BlockingQueue<Batch> full =
        new java.util.concurrent.ArrayBlockingQueue<>(4);
    private volatile boolean cancelled;
    private volatile @org.jspecify.annotations.Nullable SQLException failed;
    private volatile @org.jspecify.annotations.Nullable Throwable crashed;

    Fetcher(ResultSet rs, int fetchSize, boolean bytes) {
      this.rs = rs;
      this.batchSize = Math.min(fetchSize, 4096);
      this.bytes = bytes;
    }

    private void fetch() {
      try {
        Batch b = new Batch(batchSize);
        while (!cancelled && rs.next()) {
          int i = b.size++;
          b.positions[i] = rs.getLong(1);
          b.complaintIds[i] = rs.getString(2);
          b.versions[i] = rs.getLong(3);
          b.payloads[i] = bytes ? rs.getBytes(4) : rs.getString(4);
          if (b.size == batchSize) {
            if (full.size() >= 2) {
              decode(b);
            }
            hand(b);
            b = new Batch(batchSize);
          }
        }
        if (b.size > 0) {
          hand(b);
        }
      } catch (SQLException e) {
        failed = e;
      } catch (RuntimeException | Error e) {
        crashed = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        while (true) {
          try {
            hand(END);
            break;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (cancelled) {
              break;
            }
          }
        }
      }
    }

    private void decode(Batch b) {
      for (int i = 0; i < b.size; i++) {
        b.rows[i] = row(b.positions[i], b.complaintIds[i], b.versions[i], b.payloads[i]);
        b.payloads[i] = null;
      }
      b.decoded = true;
    }

    private void hand(Batch b) throws InterruptedException {
      while (!cancelled && !full.offer(b, 10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        // the reader is busy; wait for room
      }
    }

    void visit(StoredEventVisitor visitor) throws SQLException {
      Thread fetcher = new Thread(this::fetch, "cx4j-event-fetch");
      fetcher.setDaemon(true);
      fetcher.start();
      try {
        while (true) {
          Batch b = full.take();
          if (b == END) {
            break;
          }
          if (!b.decoded) {
            decode(b);
          }
          for (int i = 0; i < b.size; i++) {
            JdbcEventStore.visit(b.rows[i], visitor);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while reading events", "57014", e);
      } finally {
        cancelled = true;
        full.clear();
        boolean interrupted = false;
        while (fetcher.isAlive()) {
          try {
            fetcher.join();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      SQLException e = failed;
      if (e != null) {
        throw e;
      }
      Throwable t = crashed;
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error r) {
        throw r;
      }
    }
  }

  @Override
  public List<ComplaintId> complaintIds() {
    List<ComplaintId> ids = new ArrayList<>();
    Connection c;
    try {
      c = connections.acquire();
    } catch (SQLException e) {
      throw failure("connect to list complaints", e);
    }
    boolean broken = false;
    try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT complaint_id FROM " + TABLE);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        ids.add(ComplaintId.of(rs.getString(1)));
      }
    } catch (SQLException e) {
      broken = true;
      throw failure("list complaints", e);
    } finally {
      connections.release(c, broken);
    }
    ids.sort(null);
    return ids;
  }

  /** Closes the store's own connections (a data source passed in is left open). */
  @Override
  public void close() {
    connections.close();
  }
}
