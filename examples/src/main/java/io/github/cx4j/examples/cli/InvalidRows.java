/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --skip-invalid} for row-by-row commands: without it the first invalid row stops the
 * command; with it each invalid row is skipped and counted, and {@link #report} prints the count
 * and the first {@value #LISTED} messages as {@link Skipped} does for the columnar reader.
 */
public final class InvalidRows {
  /** How many skipped rows are listed. */
  public static final int LISTED = 10;

  private final boolean skip;
  private long count;
  private final List<String> first = new ArrayList<>();

  /**
   * Rows checked with or without skipping.
   *
   * @param skip whether invalid rows are skipped
   */
  public InvalidRows(boolean skip) {
    this.skip = skip;
  }

  /**
   * Whether invalid rows are skipped.
   *
   * @return true with {@code --skip-invalid}
   */
  public boolean skipping() {
    return skip;
  }

  /**
   * Runs one row's work: its error stops the command, or with skipping is counted.
   *
   * @param consumer the row's work
   * @return a consumer that applies this policy
   */
  public Delimited.RowConsumer guard(Delimited.RowConsumer consumer) {
    return row -> {
      try {
        consumer.accept(row);
      } catch (CliException e) {
        if (!skip) {
          throw e;
        }
        add(String.valueOf(e.getMessage()));
      }
    };
  }

  /**
   * Counts one skipped record.
   *
   * @param message what was wrong, naming file and line
   */
  public void add(String message) {
    count++;
    if (first.size() < LISTED) {
      first.add(message);
    }
  }

  /**
   * Counts skipped records that are not listed.
   *
   * @param n how many
   */
  void addUnlisted(long n) {
    count += n;
  }

  /**
   * How many rows were skipped.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Prints {@code cx4j: FILE: skipped N invalid lines:} and the first messages, if any were
   * skipped.
   *
   * @param err standard error
   * @param file the input name
   */
  public void report(PrintWriter err, String file) {
    Skipped.report(err, file, count, first);
  }
}
