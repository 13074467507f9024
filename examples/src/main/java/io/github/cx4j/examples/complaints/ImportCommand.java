/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.complaints.jdbc.JdbcEventStore;
import io.github.cx4j.complaints.workflow.AppendResult;
import io.github.cx4j.complaints.workflow.ComplaintReplay;
import io.github.cx4j.complaints.workflow.EventStoreException;
import io.github.cx4j.complaints.workflow.ReplayIssue;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.complaints.workflow.ReplayedComplaint;
import io.github.cx4j.examples.cli.CliException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx4j complaints import}: store a JSON-lines event file in a database. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Store the complaints of a JSON-lines event file in a database (an H2 file or a JDBC URL)."
            + " Each complaint's events are appended in one transaction; importing the same file"
            + " again changes nothing. Incomplete or corrupt complaints are reported and not"
            + " stored; exit code 2 if any.")
public final class ImportCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      paramLabel = "EVENTS.jsonl",
      description = "The events, one JSON object a line.")
  Path input;

  @Option(names = "--db", required = true, paramLabel = "DB", description = "H2 file or JDBC URL.")
  String db;

  @Mixin DbLogin login = new DbLogin();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ImportCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReplayResult replay;
    try {
      replay = ComplaintReplay.ofJsonLines(input);
    } catch (NoSuchFileException e) {
      throw new CliException(input + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(input + ": cannot read: " + e.getMessage(), e);
    }
    for (ReplayIssue issue : replay.issues()) {
      err.println(issue);
    }
    int stored = 0;
    int already = 0;
    int conflicts = 0;
    try (JdbcEventStore store = login.open(db)) {
      for (ReplayedComplaint c : replay.complaints()) {
        if (c.incomplete()) {
          continue;
        }
        AppendResult r = store.append(c.state().id(), 0, c.events());
        if (r instanceof AppendResult.Appended) {
          stored++;
        } else if (r instanceof AppendResult.AlreadyAppended) {
          already++;
        } else {
          conflicts++;
          err.println(
              db
                  + ": complaint "
                  + c.state().id()
                  + ": not stored: the database holds another stream of "
                  + r.version()
                  + " events for it");
        }
      }
    } catch (EventStoreException e) {
      throw new CliException("--db " + db + ": " + e.getMessage(), e);
    }
    err.println(
        "stored "
            + stored
            + " complaints in "
            + db
            + (already > 0 ? ", " + already + " were already stored" : "")
            + (conflicts > 0 ? ", " + conflicts + " conflicted" : "")
            + ComplaintInput.problems(replay));
    err.flush();
    return replay.hasProblems() || conflicts > 0 ? 2 : 0;
  }
}
