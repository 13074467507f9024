/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.complaints.jdbc.JdbcEventStore;
import io.github.cx4j.complaints.workflow.ComplaintReplay;
import io.github.cx4j.complaints.workflow.EventStoreException;
import io.github.cx4j.complaints.workflow.ReplayIssue;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.examples.cli.CliException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the complaint commands read events: a JSON-lines file ({@code --input}) or a database
 * ({@code --db}: an H2 file path, or a JDBC URL such as {@code jdbc:postgresql://host/db}). Both go
 * through the library's one tolerant replay ({@link ComplaintReplay}), so replay, kpi and sla
 * accept exactly the same streams.
 */
final class ComplaintInput {

  /** Exactly one of the two sources. */
  static final class Source {
    @Option(
        names = "--input",
        required = true,
        paramLabel = "EVENTS.jsonl",
        description = "The events, one JSON object a line.")
    Optional<Path> input = Optional.empty();

    @Option(
        names = "--db",
        required = true,
        paramLabel = "DB",
        description =
            "The event store: an H2 database file (created if missing) or a JDBC URL"
                + " (jdbc:postgresql://host:5432/db).")
    Optional<String> db = Optional.empty();
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source = new Source();

  @Mixin DbLogin login = new DbLogin();

  JdbcEventStore openStore() {
    return login.open(source.db.orElseThrow());
  }

  /** A short name of the source, for messages. */
  String name() {
    return source.input.map(Path::toString).orElseGet(() -> source.db.orElseThrow());
  }

  /**
   * Replays the source and reports every issue on {@code err}, one line each.
   *
   * @param err the error stream
   * @return the replay
   */
  ReplayResult read(PrintWriter err) {
    ReplayResult result;
    if (source.input.isPresent()) {
      Path file = source.input.get();
      try {
        result = ComplaintReplay.ofJsonLines(file);
      } catch (NoSuchFileException e) {
        throw new CliException(file + ": no such file", e);
      } catch (IOException e) {
        throw new CliException(file + ": cannot read: " + e.getMessage(), e);
      }
    } else {
      try (JdbcEventStore store = openStore()) {
        result = ComplaintReplay.ofStore(store);
      } catch (EventStoreException e) {
        throw new CliException("--db " + name() + ": " + e.getMessage(), e);
      }
    }
    for (ReplayIssue issue : result.issues()) {
      err.println(issue);
    }
    err.flush();
    return result;
  }

  /** "skipped 2 bad events, 1 incomplete complaint(s)" or empty. */
  static String problems(ReplayResult r) {
    long corrupt = r.issues().stream().filter(i -> i.kind() == ReplayIssue.Kind.CORRUPT).count();
    long notes = r.issues().stream().filter(ReplayIssue::note).count();
    StringBuilder b = new StringBuilder();
    if (corrupt > 0) {
      b.append(", skipped ").append(corrupt).append(" bad events");
    }
    if (r.incomplete() > 0) {
      b.append(", ").append(r.incomplete()).append(" incomplete complaint(s)");
    }
    if (notes > 0) {
      b.append(", dropped ").append(notes).append(" repeated event(s)");
    }
    return b.toString();
  }
}
