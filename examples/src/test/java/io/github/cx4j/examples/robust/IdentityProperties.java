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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity end to end: shuffling and filtering the rows of a summary permutes and filters the rows
 * of {@code clv predict}, {@code tiers} keeps each customer's tier when rows are only shuffled, and
 * nothing else changes.
 */
class IdentityProperties extends CliTest {
  @TempDir Path dir;

  private static Map<String, String> byId(String csv) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : csv.lines().skip(1).toList()) {
      int comma = line.indexOf(',');
      rows.put(line.substring(0, comma), line.substring(comma + 1));
    }
    return rows;
  }

  @Test
  void shufflingAndFilteringASummaryPermutesThePredictions() throws IOException {
    Path full = dir.resolve("cdnow.csv");
    assertEquals(0, run(NoSilentWrongAnswersTest.summarize(full, "weeks")), err);
    List<String> cdnow = Files.readAllLines(full);
    Path summary = dir.resolve("s.csv");
    Files.writeString(summary, String.join("\n", cdnow.subList(0, 42)) + "\n");
    Path fit = dir.resolve("fit.json");
    assertEquals(
        0,
        run("clv", "fit", "--summary", full.toString(), "--model", "bgnbd", "-o", fit.toString()),
        err);
    String[] predict = {
      "clv", "predict", "--model-file", fit.toString(), "--horizon", "10", "--time-unit", "weeks"
    };
    assertEquals(0, run(concat(predict, "--summary", summary.toString())), err);
    Map<String, String> all = byId(out);
    List<String> lines = Files.readAllLines(summary);
    qt().withExamples(40)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              // the comment line and the header stay first
              List<String> rows = new ArrayList<>(lines.subList(2, lines.size()));
              Collections.shuffle(rows, r);
              rows.removeIf(row -> r.nextInt(4) == 0);
              if (rows.isEmpty()) {
                rows.add(lines.get(2));
              }
              Path changed = dir.resolve("changed.csv");
              try {
                Files.writeString(
                    changed,
                    lines.get(0) + "\n" + lines.get(1) + "\n" + String.join("\n", rows) + "\n");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertEquals(0, run(concat(predict, "--summary", changed.toString())), err);
              Map<String, String> got = byId(out);
              List<String> ids = rows.stream().map(l -> l.substring(0, l.indexOf(','))).toList();
              assertEquals(ids, List.copyOf(got.keySet()));
              for (String id : ids) {
                assertEquals(all.get(id), got.get(id), id);
              }
            });
  }

  private static String[] concat(String[] a, String... b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
