/**
 * A JDBC {@link io.github.cx4j.complaints.workflow.EventStore} for complaint event streams: plain
 * JDBC, no ORM; the schema as versioned SQL migrations ({@link
 * io.github.cx4j.complaints.jdbc.Migrations}); events as JSON through {@code CxJson}; a unique
 * (complaint id, version) key that turns a lost race into a conflict and a unique event id that
 * turns a retry into "already appended"; a global position for readers; batched reads.
 *
 * <p>Entry point: {@link io.github.cx4j.complaints.jdbc.JdbcEventStore} ({@code open(Path)} for the
 * embedded H2 file, {@code open(String url, ...)} for a JDBC URL such as PostgreSQL's, {@code
 * of(DataSource)} for an application's connection pool). The schema, the migrations for DBAs and
 * the PostgreSQL set-up are in {@code docs/complaints-store.md}. Optimistic concurrency after Greg
 * Young, "CQRS Documents" (2010).
 */
@NullMarked
package io.github.cx4j.complaints.jdbc;

import org.jspecify.annotations.NullMarked;
