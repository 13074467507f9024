/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cx4j.examples.CliTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity end to end for the commands that read purchase rows (issue 21): shuffling the CDNOW
 * purchase rows and leaving out whole customers permutes and filters the rows of {@code summarize}
 * and changes nothing else; shuffling them leaves every row of {@code rfm} as it was (RFM cut
 * points are quantiles of the whole population, so only a shuffle may keep them).
 */
class PurchaseIdentityProperties extends CliTest {
  @TempDir Path dir;

  /** Rows by their first field, comment lines and the header left out. */
  private static Map<String, String> byId(String csv) {
    Map<String, String> rows = new LinkedHashMap<>();
    List<String> lines = csv.lines().filter(l -> !l.startsWith("#")).skip(1).toList();
    for (String line : lines) {
      int comma = line.indexOf(',');
      rows.put(line.substring(0, comma), line.substring(comma + 1));
    }
    return rows;
  }

  private static String customerOf(String purchase) {
    return purchase.strip().split("\\s+")[1];
  }

  private static String[] with(String[] args, Path input) {
    String[] c = args.clone();
    for (int i = 0; i < c.length - 1; i++) {
      if (c[i].equals("--input")) {
        c[i + 1] = input.toString();
      }
    }
    return c;
  }

  private Path write(List<String> rows) {
    Path p = dir.resolve("changed.txt");
    try {
      Files.writeString(p, String.join("\n", rows) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Test
  void shufflingAndFilteringCustomersPermutesTheSummary() throws IOException {
    Path full = dir.resolve("full.csv");
    String[] summarize = NoSilentWrongAnswersTest.summarize(full, "weeks");
    assertEquals(0, run(summarize), err);
    Map<String, String> all = byId(Files.readString(full));
    List<String> purchases =
        Files.readAllLines(Path.of(NoSilentWrongAnswersTest.CDNOW)).stream()
            .filter(l -> !l.isBlank())
            .toList();
    Path got = dir.resolve("got.csv");
    qt().withExamples(15)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Set<String> dropped = new HashSet<>();
              for (String id : all.keySet()) {
                if (r.nextInt(4) == 0) {
                  dropped.add(id);
                }
              }
              List<String> rows = new ArrayList<>(purchases);
              rows.removeIf(p -> dropped.contains(customerOf(p)));
              Collections.shuffle(rows, r);
              String[] args = with(summarize, write(rows));
              args[args.length - 1] = got.toString();
              assertEquals(0, run(args), err);
              Map<String, String> changed;
              try {
                changed = byId(Files.readString(got));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              Set<String> kept = new HashSet<>(all.keySet());
              kept.removeAll(dropped);
              assertEquals(kept, changed.keySet());
              for (String id : kept) {
                assertEquals(all.get(id), changed.get(id), id);
              }
            });
  }

  @Test
  void shufflingThePurchasesKeepsEveryRfmRow() throws IOException {
    String[] rfm = {
      "rfm",
      "--input",
      NoSilentWrongAnswersTest.CDNOW,
      "--customer-column",
      "2",
      "--date-column",
      "3",
      "--date-format",
      "yyyyMMdd",
      "--amount-column",
      "5",
      "--separator",
      "whitespace",
      "--no-header",
      "--analysis-date",
      "1998-07-01"
    };
    assertEquals(0, run(rfm), err);
    Map<String, String> all = byId(out);
    List<String> purchases =
        Files.readAllLines(Path.of(NoSilentWrongAnswersTest.CDNOW)).stream()
            .filter(l -> !l.isBlank())
            .toList();
    qt().withExamples(15)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<String> rows = new ArrayList<>(purchases);
              Collections.shuffle(rows, new Random(seed));
              assertEquals(0, run(with(rfm, write(rows))), err);
              assertEquals(all, byId(out));
            });
  }
}
