/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cx4j.examples.Cx4j;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
  @Test
  void theCommandRunsTheJobAndWritesBothTables(@TempDir Path dir) throws IOException {
    boolean present = SparkJob.sparkPresent(SparkCliTest.class.getClassLoader());
    if (!Boolean.getBoolean("cx4j.sparkCli")) {
      // a -Dtest run of the default execution, which has no Spark: the spark-cli execution runs it
      assumeTrue(present, "Spark is not on this execution's class path");
    }
    assertTrue(present, "the spark-cli execution must have Spark on its class path");
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
