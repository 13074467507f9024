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
 * of {@code clv predict} and nothing else changes; shuffling the rows of a customer file permutes
 * the rows of {@code tiers} (every model), and leaving customers out keeps each other customer's
 * value on its own id.
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

  /**
   * {@code tiers} of the CDNOW customers (their total spend, with many ties): a shuffle of the rows
   * gives each customer the row it had, in the new order, under every model; leaving customers out
   * keeps exactly the others, each with its own value (the cut-offs of a share or a percentile move
   * with the population, so only the identity and the value may be compared there).
   */
  @Test
  void shufflingTheCustomersPermutesTheTiersAndFilteringKeepsEachValue() throws IOException {
    Path rfm = dir.resolve("rfm.csv");
    String[] summarize = NoSilentWrongAnswersTest.summarize(rfm, "days");
    String[] withRfm = java.util.Arrays.copyOf(summarize, summarize.length + 2);
    withRfm[summarize.length] = "--convention";
    withRfm[summarize.length + 1] = "rfm";
    assertEquals(0, run(withRfm), err);
    List<String> lines = Files.readAllLines(rfm).stream().filter(l -> !l.startsWith("#")).toList();
    String header = lines.get(0);
    List<String> rows = lines.subList(1, lines.size());
    Path changed = dir.resolve("tiers-changed.csv");
    for (String model : List.of("abc", "pyramid", "four-tier")) {
      String[] tiers = {
        "tiers", "--input", rfm.toString(), "--value-column", "monetary_total", "--model", model
      };
      assertEquals(0, run(tiers), err);
      Map<String, String> all = byId(out);
      assertEquals(rows.size(), all.size());
      tiers[2] = changed.toString();
      qt().withExamples(20)
          .forAll(longs().all())
          .checkAssert(
              seed -> {
                Random r = new Random(seed);
                List<String> shuffled = new ArrayList<>(rows);
                Collections.shuffle(shuffled, r);
                writeRows(changed, header, shuffled);
                assertEquals(0, run(tiers), err);
                Map<String, String> got = byId(out);
                assertEquals(ids(shuffled), List.copyOf(got.keySet()), model);
                assertEquals(all, got, model);
                // leave out about a quarter of the customers
                List<String> kept = new ArrayList<>(shuffled);
                kept.removeIf(row -> r.nextInt(4) == 0);
                writeRows(changed, header, kept);
                assertEquals(0, run(tiers), err);
                Map<String, String> filtered = byId(out);
                assertEquals(ids(kept), List.copyOf(filtered.keySet()), model);
                for (Map.Entry<String, String> e : filtered.entrySet()) {
                  assertEquals(
                      value(all.get(e.getKey())), value(e.getValue()), model + " " + e.getKey());
                }
              });
    }
  }

  private static List<String> ids(List<String> rows) {
    return rows.stream().map(l -> l.substring(0, l.indexOf(','))).toList();
  }

  /** The value cell of a tiers row without its id: the first field. */
  private static String value(String rest) {
    return rest.substring(0, rest.indexOf(','));
  }

  private static void writeRows(Path file, String header, List<String> rows) {
    try {
      Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
