/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import io.github.cx4j.io.DelimitedInputException;
import io.github.cx4j.io.InvalidLines;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one report of {@code --skip-invalid}: how many lines were skipped, and the first few. */
public final class Skipped {
  private Skipped() {}

  /**
   * Prints {@code cx4j: FILE: skipped N invalid lines} and one line per listed error, if any were
   * skipped.
   *
   * @param err standard error
   * @param file the input name
   * @param invalid what the reader skipped
   */
  public static void report(PrintWriter err, String file, InvalidLines invalid) {
    List<String> messages = new ArrayList<>();
    for (DelimitedInputException e : invalid.first()) {
      messages.add(String.valueOf(e.getMessage()));
    }
    report(err, file, invalid.count(), messages);
  }

  /**
   * Prints {@code cx4j: FILE: skipped N invalid lines} and the listed messages, if any were
   * skipped.
   *
   * @param err standard error
   * @param file the input name
   * @param count how many were skipped
   * @param first the messages of the first ones
   */
  static void report(PrintWriter err, String file, long count, List<String> first) {
    if (count == 0) {
      return;
    }
    err.printf(
        Locale.ROOT,
        "cx4j: %s: skipped %,d invalid line%s%s%n",
        file,
        count,
        count == 1 ? "" : "s",
        count > first.size() ? ", the first " + first.size() + ":" : ":");
    for (String m : first) {
      err.println("cx4j:   " + m);
    }
    err.flush();
  }
}
