/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.Cx4j;
import io.github.cx4j.examples.tour.Tour;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples' test class path has no Spark, as {@code java -jar cx4j.jar} has none. */
class SparkCommandTest {
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void withoutSparkTheCommandSaysHowToRunItAndExitsWith2() {
    assertFalse(SparkJob.sparkPresent(SparkCommandTest.class.getClassLoader()));
    Result r =
        run(
            "spark",
            "--purchases",
            "data/purchases.parquet",
            "--customer",
            "customer_id",
            "--end",
            "2026-06-30",
            "--format",
            "parquet",
            "--out",
            "out dir");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    String jar = SparkJob.jar();
    String tail =
        " spark --purchases data/purchases.parquet --customer customer_id --end 2026-06-30"
            + " --format parquet --out 'out dir'";
    assertEquals(
        "cx4j spark: Apache Spark (4.0 to 4.2) is not on the class path"
            + " (org.apache.spark.sql.SparkSession was not found). Run the same command with"
            + " spark-submit:\n"
            + "  spark-submit --class io.github.cx4j.examples.Cx4j "
            + jar
            + tail
            + "\nor with the jars of a Spark installation, Spark's first:\n"
            + "  java -cp \"$SPARK_HOME/jars/*:"
            + jar
            + "\" io.github.cx4j.examples.Cx4j"
            + tail
            + "\n",
        r.err());
  }

  @Test
  void theMessageQuotesWhatTheShellWouldSplit() {
    assertEquals(
        "cx4j spark: Apache Spark (4.0 to 4.2) is not on the class path"
            + " (org.apache.spark.sql.SparkSession was not found). Run the same command with"
            + " spark-submit:\n"
            + "  spark-submit --class io.github.cx4j.examples.Cx4j '/opt/my tools/cx4j.jar' spark"
            + " --out 'it'\\''s'\n"
            + "or with the jars of a Spark installation, Spark's first:\n"
            + "  java -cp \"$SPARK_HOME/jars/*:/opt/my tools/cx4j.jar\" io.github.cx4j.examples.Cx4j"
            + " spark --out 'it'\\''s'",
        SparkJob.howToRun("/opt/my tools/cx4j.jar", List.of("--out", "it's")));
  }

  @Test
  void theRequiredOutputIsCheckedBeforeSparkIsLookedFor() {
    Result r = run("spark", "--purchases", "p.parquet");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Missing required option: '--out=DIR'"), r.err());
  }

  @Test
  void theOptionsUseTheJobsNames() {
    SparkCommand command = new SparkCommand();
    picocli.CommandLine cli = new picocli.CommandLine(command);
    cli.setCaseInsensitiveEnumValuesAllowed(true); // as Cx4j.commandLine() sets it
    cli.parseArgs(
        "--purchases",
        "p.csv",
        "--amount",
        "net",
        "--weeks",
        "26",
        "--surveys",
        "s.parquet",
        "--score",
        "ltr",
        "--format",
        "csv",
        "--out",
        "o");
    assertEquals(
        "{purchases=p.csv, customer=customer, date=date, amount=net, weeks=26.0,"
            + " surveys=s.parquet, region=region, answered=date, score=ltr, format=csv, out=o}",
        command.options().toString());
  }

  @Test
  void theTourChapterRunsWithoutSparkAndGivesTheCommand(@TempDir Path dir) throws Exception {
    StringWriter text = new StringWriter();
    Tour tour = new Tour(new PrintWriter(text), Locale.ENGLISH);
    SparkChapter chapter = new SparkChapter();
    assertEquals(95, chapter.order());
    chapter.run(tour);
    String out = text.toString();
    assertTrue(out.contains("SparkFits.bgNbd(repeat, FitOptions.defaults())"), out);
    assertTrue(
        out.contains(
            "  Spark is not on the class path of this JVM, so the job does not run here; with"
                + " Spark it is:\n"
                + "  spark-submit --class io.github.cx4j.examples.Cx4j cx4j.jar spark --purchases"
                + " cdnow.csv --end 1998-06-30 --out cx4j-out\n"),
        out);
    Path csv = dir.resolve("cdnow.csv");
    assertEquals(6919, SparkChapter.writeCdnow(csv));
    List<String> lines = Files.readAllLines(csv);
    assertEquals("customer,date,amount", lines.get(0));
    assertEquals("0001,1997-01-01,29.33", lines.get(1));
    assertEquals(6920, lines.size());
  }
}
