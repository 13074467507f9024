/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cx4j.examples.Cx4j;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cx4j spark} as a user runs it where Spark is on the class path (as under {@code
 * spark-submit}): the command line finds Spark, runs the example job in {@code local[2]} on CSV
 * purchases and surveys, and writes the customer and NPS tables. Runs in its own Surefire execution
 * (the other examples tests run without Spark, as {@code java -jar cx4j.jar} does).
 */
class SparkCliTest {
  /** The columns of the customers table that depend on the customer's own purchases only. */
  private static final List<String> OWN =
      List.of(
          "frequency", "recency", "age", "monetary", "recencyDays", "purchases", "monetaryTotal");

  private static void requireSpark() {
    boolean present = SparkJob.sparkPresent(SparkCliTest.class.getClassLoader());
    if (!Boolean.getBoolean("cx4j.sparkCli")) {
      // a -Dtest run of the default execution, which has no Spark: the spark-cli execution runs it
      assumeTrue(present, "Spark is not on this execution's class path");
    }
    assertTrue(present, "the spark-cli execution must have Spark on its class path");
  }

  /** Runs {@code cx4j spark} on a purchase file and returns the customers table by customer. */
  private static Map<String, Row> customers(Path purchases, Path out) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code =
        Cx4j.run(
            new String[] {
              "spark",
              "--master",
              "local[2]",
              "--purchases",
              purchases.toString(),
              "--customer",
              "client",
              "--date",
              "day",
              "--amount",
              "paid",
              "--end",
              "1997-12-31",
              "--out",
              out.toString()
            },
            new PrintWriter(stdout),
            new PrintWriter(stderr));
    assertEquals(0, code, stderr.toString());
    SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
    try {
      Map<String, Row> rows = new TreeMap<>();
      for (Row r : spark.read().parquet(out + "/customers").collectAsList()) {
        Row previous = rows.put(r.getAs("customer"), r);
        assertTrue(previous == null, "two rows of customer " + r.getAs("customer"));
      }
      return rows;
    } finally {
      spark.stop();
    }
  }

  private static void write(Path file, String header, List<String> rows) {
    try {
      Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Identity end to end (issue 21): shuffling the purchase rows gives the same customer rows, every
   * column equal; leaving out whole customers as well drops exactly their rows and keeps every
   * other customer's own columns (summaries and RFM inputs; the model columns move with the fit).
   * Customers are named by ids that sort differently from their rows, so a row number in place of
   * an id would show. Amounts are multiples of 0.25 (exact in binary), so sums do not depend on the
   * order Spark adds them in; 150 customers keep the RFM cut points' KLL sketches exact.
   */
  @Test
  void shufflingAndFilteringThePurchasesPermutesTheCustomerRows(@TempDir Path dir) {
    requireSpark();
    Random random = new Random(11);
    List<String> purchases = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    LocalDate start = LocalDate.of(1997, 1, 1);
    for (int c = 0; c < 150; c++) {
      String id = Integer.toString(1_000_000 + random.nextInt(9_000_000), 36);
      if (!ids.add(id)) {
        continue;
      }
      int n = 1 + random.nextInt(6);
      for (int k = 0; k < n; k++) {
        purchases.add(
            id + "," + start.plusDays(random.nextInt(360)) + "," + (1 + random.nextInt(400)) / 4.0);
      }
    }
    String header = "client,day,paid";
    Path original = dir.resolve("purchases.csv");
    write(original, header, purchases);
    Map<String, Row> all = customers(original, dir.resolve("out"));
    assertEquals(ids, all.keySet());
    qt().withExamples(2)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<String> shuffled = new ArrayList<>(purchases);
              Collections.shuffle(shuffled, r);
              Path file = dir.resolve("shuffled.csv");
              write(file, header, shuffled);
              assertEquals(all, customers(file, dir.resolve("shuffled")));

              Set<String> dropped = new HashSet<>();
              for (String id : ids) {
                if (r.nextInt(4) == 0) {
                  dropped.add(id);
                }
              }
              shuffled.removeIf(p -> dropped.contains(p.substring(0, p.indexOf(','))));
              write(file, header, shuffled);
              Map<String, Row> kept = customers(file, dir.resolve("filtered"));
              Set<String> expected = new HashSet<>(ids);
              expected.removeAll(dropped);
              assertEquals(expected, kept.keySet());
              for (Map.Entry<String, Row> e : kept.entrySet()) {
                for (String column : OWN) {
                  assertEquals(
                      (Object) all.get(e.getKey()).getAs(column),
                      e.getValue().getAs(column),
                      column + " of " + e.getKey());
                }
              }
            });
  }

  @Test
  void theCommandRunsTheJobAndWritesBothTables(@TempDir Path dir) throws IOException {
    requireSpark();
    Random random = new Random(7);
    StringBuilder purchases = new StringBuilder("customer_id,day,paid\n");
    LocalDate start = LocalDate.of(1997, 1, 1);
    for (int c = 0; c < 300; c++) {
      int n = 1 + random.nextInt(5);
      for (int k = 0; k < n; k++) {
        purchases
            .append("C")
            .append(c)
            .append(',')
            .append(start.plusDays(random.nextInt(360)))
            .append(',')
            .append(5 + random.nextInt(9000) / 100.0)
            .append('\n');
      }
    }
    Path purchaseFile = dir.resolve("purchases.csv");
    Files.writeString(purchaseFile, purchases);
    StringBuilder surveys = new StringBuilder("region,answered,ltr\n");
    List<Integer> northJanuary = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String region = i % 2 == 0 ? "north" : "south";
      LocalDate answered = LocalDate.of(2024, 1 + i % 3, 1 + random.nextInt(28));
      int score = random.nextInt(11);
      if (region.equals("north") && answered.getMonthValue() == 1) {
        northJanuary.add(score);
      }
      surveys.append(region).append(',').append(answered).append(',').append(score).append('\n');
    }
    Path surveyFile = dir.resolve("surveys.csv");
    Files.writeString(surveyFile, surveys);
    String out = dir.resolve("out").toString();

    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code =
        Cx4j.run(
            new String[] {
              "spark",
              "--master",
              "local[2]",
              "--purchases",
              purchaseFile.toString(),
              "--customer",
              "customer_id",
              "--date",
              "day",
              "--amount",
              "paid",
              "--end",
              "1997-12-31",
              "--surveys",
              surveyFile.toString(),
              "--answered",
              "answered",
              "--score",
              "ltr",
              "--out",
              out
            },
            new PrintWriter(stdout),
            new PrintWriter(stderr));
    assertEquals(0, code, stderr.toString());
    String printed = stdout.toString();
    assertTrue(printed.contains("nps: 6 region-months"), printed);
    assertTrue(printed.endsWith("written to " + out + "\n"), printed);

    SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
    try {
      assertEquals(300L, spark.read().parquet(out + "/customers").count());
      Row north =
          spark.read().parquet(out + "/nps").where("region = 'north' and month = '2024-01'").head();
      NpsResult expected = Nps.of(northJanuary.stream().mapToInt(Integer::intValue).toArray());
      assertEquals(expected.n(), (long) north.getAs("n"));
      assertEquals(expected.nps(), (double) north.getAs("nps"), 1e-12);
    } finally {
      spark.stop();
    }
  }
}
