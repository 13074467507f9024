/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.Cx4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx4j report ...} and {@code cx4j tour --report} on the bundled data. */
class ReportCommandTest {
  static final String CDNOW = "src/main/resources/CDNOW_sample.txt";
  static final String DATA = "src/main/resources/examples/";

  /** The purchase options of the bundled CDNOW sample, as every purchase command takes them. */
  static final String[] CDNOW_PURCHASES = {
    "--input",
    CDNOW,
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
    "--no-header"
  };

  /** {@code cx4j COMMAND CDNOW_PURCHASES MORE...}. */
  static Run cdnow(String command, String subcommand, String... more) {
    return run(concat(concat(new String[] {command, subcommand}, CDNOW_PURCHASES), more));
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static int blocks(Path file) throws Exception {
    Matcher m =
        Pattern.compile("data-block=\"").matcher(Files.readString(file, StandardCharsets.UTF_8));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void clvOnCdnowWritesTheReportAndPrintsItsPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report-clv.html");
    Run r =
        cdnow(
            "report",
            "clv",
            "--calibration-end",
            "1997-09-30",
            "--holdout-end",
            "1998-06-30",
            "--lang",
            "zh",
            "-o",
            file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(file.toAbsolutePath() + System.lineSeparator(), r.out());
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.contains("lang=\"zh\""));
    assertTrue(html.contains("-9,582.43"), "BG/NBD log-likelihood of the CDNOW calibration");
    assertEquals(9, blocks(file));
  }

  @Test
  void clvRejectsBadDatesAndModels(@TempDir Path dir) {
    String[] base =
        concat(
            concat(new String[] {"report", "clv"}, CDNOW_PURCHASES),
            "-o",
            dir.resolve("x.html").toString());
    Run bad = run(concat(base, "--calibration-end", "1997-13-01"));
    assertEquals(1, bad.code());
    assertTrue(
        bad.err().contains("--calibration-end must be a date as yyyy-MM-dd, was \"1997-13-01\""),
        bad.err());
    Run model = run(concat(base, "--calibration-end", "1997-09-30", "--model", "bgbb"));
    assertTrue(
        model.err().contains("--model must be bgnbd, mbgnbd or paretonbd, was \"bgbb\""),
        model.err());
    Run order = run(concat(base, "--calibration-end", "1997-09-30", "--holdout-end", "1997-09-01"));
    assertTrue(
        order
            .err()
            .contains("--holdout-end must be after --calibration-end 1997-09-30, was 1997-09-01"),
        order.err());
  }

  @Test
  void rfmSurveyPlsAndComplaints(@TempDir Path dir) throws Exception {
    Path rfm = dir.resolve("rfm.html");
    Run r = cdnow("report", "rfm", "--analysis-date", "1998-07-01", "-o", rfm.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(5, blocks(rfm));

    Path survey = dir.resolve("survey.html");
    r =
        run(
            "report",
            "survey",
            "--input",
            DATA + "survey.csv",
            "--recommend-column",
            "recommend",
            "--csat-column",
            "csat",
            "--by",
            "region",
            "--date-column",
            "answered_at",
            "--attributes",
            "speed,staff,price,app,store",
            "--overall-column",
            "overall",
            "--kano-input",
            DATA + "survey-kano.csv",
            "-o",
            survey.toString(),
            "--large");
    assertEquals(0, r.code(), r.err());
    assertEquals(7, blocks(survey));
    assertTrue(Files.readString(survey).contains("<body class=\"large\">"));

    Path pls = dir.resolve("pls.html");
    r =
        run(
            "report",
            "pls",
            "--input",
            DATA + "ecsi-survey.csv",
            "--model",
            "ecsi",
            "-o",
            pls.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(3, blocks(pls));
    Run target =
        run(
            "report",
            "pls",
            "--input",
            DATA + "ecsi-survey.csv",
            "--model",
            "ecsi",
            "--target",
            "XYZ",
            "-o",
            pls.toString());
    assertTrue(target.err().contains("--target must be a construct of the model, was \"XYZ\""));

    Path events = dir.resolve("events.jsonl");
    assertEquals(
        0,
        run("complaints", "generate", "--complaints", "300", "--output", events.toString()).code());
    Path complaints = dir.resolve("complaints.html");
    r = run("report", "complaints", "--input", events.toString(), "-o", complaints.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(6, blocks(complaints));
  }

  @Test
  void surveyNamesTheBadCell(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("s.csv");
    Files.writeString(csv, "recommend,region\n9,north\n11,south\n");
    Run r =
        run(
            "report",
            "survey",
            "--input",
            csv.toString(),
            "--recommend-column",
            "recommend",
            "--by",
            "region",
            "-o",
            dir.resolve("s.html").toString());
    assertEquals(1, r.code());
    assertEquals(
        "cx4j: "
            + csv
            + ":3: column recommend (1): expected a score within 0..10, was \"11\""
            + System.lineSeparator(),
        r.err());
    String[] csat = {
      "report",
      "survey",
      "--input",
      csv.toString(),
      "--csat-column",
      "recommend",
      "-o",
      dir.resolve("s.html").toString(),
      "--csat-scale"
    };
    Run scale = run(concat(csat, "5"));
    assertEquals(
        "cx4j: --csat-scale must be MIN..MAX with integers, for example 1..5, was \"5\""
            + System.lineSeparator(),
        scale.err());
    Run reversed = run(concat(csat, "5..1"));
    assertTrue(reversed.err().startsWith("cx4j: --csat-scale 5..1: "), reversed.err());
  }

  @Test
  void tourReportWritesChaptersIndexAndReports(@TempDir Path dir) throws Exception {
    Run r = run("tour", "--report", dir.toString(), "--chapter", "90");
    assertEquals(0, r.code(), r.err());
    assertEquals(dir.resolve("index.html").toAbsolutePath() + System.lineSeparator(), r.out());
    String index = Files.readString(dir.resolve("index.html"));
    for (String f : TourPages.REPORTS.keySet()) {
      assertTrue(Files.exists(dir.resolve(f)), f);
      assertTrue(index.contains("href=\"" + f + "\""), f);
    }
    Path chapter = firstChapter(dir);
    String page = Files.readString(chapter);
    assertTrue(page.contains("cx4j.jar report rfm --input"), "the chapter's text is on its page");
    assertTrue(index.contains("href=\"" + chapter.getFileName() + "\""));
  }

  @Test
  void aTaiwanTourReportIsTraditionalWithTaiwansWordsAndFullWidthPunctuation(@TempDir Path dir)
      throws Exception {
    Run r = run("tour", "--report", dir.toString(), "--chapter", "8", "--lang", "zh_TW");
    assertEquals(0, r.code(), r.err());
    Path chapter = firstChapter(dir);
    String page = Files.readString(chapter, StandardCharsets.UTF_8);
    // the heading numbers the chapter as the terminal tour does, in the Traditional script
    assertTrue(page.contains("第 8 章 全員服務"), page);
    assertTrue(page.contains("行銷") && !page.contains("營銷"), "Taiwan's word for marketing");
    assertTrue(page.contains("滑鼠"), "the page footer in Taiwan's words");
    Matcher half = Pattern.compile("\\p{IsHan}[,;:?!]|[,;:?!]\\p{IsHan}").matcher(page);
    assertTrue(
        !half.find(),
        () -> "half-width punctuation: " + page.substring(Math.max(0, half.start() - 20)));
    String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("第 8 章 全員服務"), index);
    String zh = Files.readString(dir.resolve("report-clv.html"), StandardCharsets.UTF_8);
    assertTrue(!Pattern.compile("\\p{IsHan}[,;:?!]").matcher(zh).find(), "a report in zh_TW");
  }

  /** The CDNOW calibration summaries in weeks, as {@code cx4j summarize} writes them. */
  static Path cdnowSummary(Path dir) {
    Path summary = dir.resolve("summary.csv");
    Run r =
        run(
            concat(
                concat(new String[] {"summarize"}, CDNOW_PURCHASES),
                "--end",
                "1997-09-30",
                "--unit",
                "weeks",
                "-o",
                summary.toString()));
    assertEquals(0, r.code(), r.err());
    return summary;
  }

  @Test
  void clvFromTheSummaryFileOfClvFit(@TempDir Path dir) throws Exception {
    Path summary = cdnowSummary(dir);
    Path file = dir.resolve("report-clv.html");
    Run r = run("report", "clv", "--summary", summary.toString(), "-o", file.toString());
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(file, StandardCharsets.UTF_8);
    // the same calibration data as the purchase report: the same BG/NBD log-likelihood
    assertTrue(html.contains("-9,582.43"), "BG/NBD log-likelihood of the CDNOW calibration");
    // fit table, period transactions, the note, two matrices, CLV tiles and distribution
    assertEquals(7, blocks(file));
    assertTrue(html.contains("data-block=\"needs-purchases\""), "the note on what needs purchases");
    assertTrue(!html.contains("data-block=\"tracking-"), "no tracking plot without purchases");

    Path fit = dir.resolve("fit.json");
    Run f =
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "mbgnbd",
            "-o",
            fit.toString());
    assertEquals(0, f.code(), f.err());
    Path one = dir.resolve("one.html");
    r =
        run(
            "report",
            "clv",
            "--summary",
            summary.toString(),
            "--fit",
            fit.toString(),
            "--lang",
            "zh",
            "-o",
            one.toString());
    assertEquals(0, r.code(), r.err());
    String page = Files.readString(one, StandardCharsets.UTF_8);
    assertTrue(page.contains("MBG/NBD"), "the model of --fit");
    assertTrue(!page.contains("-9,582.43"), "BG/NBD is not fitted when --fit is given");
  }

  @Test
  void clvFromASummaryNamesWhatItCannotDraw(@TempDir Path dir) throws Exception {
    Path summary = cdnowSummary(dir);
    String out = dir.resolve("x.html").toString();
    Run dates =
        run(
            "report",
            "clv",
            "--summary",
            summary.toString(),
            "--calibration-end",
            "1997-09-30",
            "-o",
            out);
    assertEquals(1, dates.code());
    assertEquals(
        "cx4j: --calibration-end and --holdout-end go with --input: a summary has no purchase"
            + " dates to split, so the tracking plots, the calibration-vs-holdout chart and the"
            + " holdout evaluation cannot be drawn from it"
            + System.lineSeparator(),
        dates.err());
    Run none = run("report", "clv", "-o", out);
    assertEquals(
        "cx4j: report clv needs --input (purchases, every chart) or --summary (customer"
            + " summaries)"
            + System.lineSeparator(),
        none.err());
    Run both = run(concat(cdnowArgs("report", "clv"), "--summary", summary.toString(), "-o", out));
    assertEquals(
        "cx4j: give --input (purchases) or --summary (summaries), not both"
            + System.lineSeparator(),
        both.err());
    Path fit = dir.resolve("fit.json");
    Run noDate = run(concat(cdnowArgs("report", "clv"), "--fit", fit.toString(), "-o", out));
    assertTrue(noDate.err().startsWith("cx4j: --fit goes with --summary"), noDate.err());
    Run noCal = run(concat(cdnowArgs("report", "clv"), "-o", out));
    assertEquals(
        "cx4j: --calibration-end is required with --input" + System.lineSeparator(), noCal.err());

    Path spend = dir.resolve("spend.json");
    assertEquals(
        0,
        run(
                "clv",
                "fit",
                "--summary",
                summary.toString(),
                "--monetary-column",
                "monetary",
                "--model",
                "gammagamma",
                "-o",
                spend.toString())
            .code());
    Run gg =
        run("report", "clv", "--summary", summary.toString(), "--fit", spend.toString(), "-o", out);
    assertEquals(
        "cx4j: "
            + spend
            + ": --fit must be a BG/NBD, MBG/NBD or Pareto/NBD fit, was gammagamma"
            + System.lineSeparator(),
        gg.err());
    Path mbg = dir.resolve("mbg.json");
    assertEquals(
        0,
        run(
                "clv",
                "fit",
                "--summary",
                summary.toString(),
                "--model",
                "mbgnbd",
                "-o",
                mbg.toString())
            .code());
    Run model =
        run(
            "report",
            "clv",
            "--summary",
            summary.toString(),
            "--fit",
            mbg.toString(),
            "--model",
            "bgnbd",
            "-o",
            out);
    assertEquals(
        "cx4j: --model bgnbd differs from the model of --fit "
            + mbg
            + ": mbgnbd"
            + System.lineSeparator(),
        model.err());

    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad, "customer,frequency,recency,T,monetary\na,1,3.0,5.0,10\nb,2,6.0,5.0,12\n");
    Run row = run("report", "clv", "--summary", bad.toString(), "-o", out);
    assertEquals(
        "cx4j: "
            + bad
            + ":3: column recency: expected a recency within 0..5.0 (T), was \"6.0\""
            + System.lineSeparator(),
        row.err());
  }

  @Test
  void tourPagesCarryTheirChartsInline(@TempDir Path dir) throws Exception {
    Run r = run("tour", "--report", dir.toString(), "--chapter", "60");
    assertEquals(0, r.code(), r.err());
    Path chapter = firstChapter(dir);
    String page = Files.readString(chapter, StandardCharsets.UTF_8);
    // the chapter's note, then the five RFM charts drawn in the page itself
    assertEquals(1 + blocks(dir.resolve("report-rfm.html")), blocks(chapter));
    assertTrue(page.contains("<svg"), "inline SVG");
    assertTrue(page.contains("data-block=\"rf-count\""), page.substring(0, 200));
    assertTrue(page.contains("href=\"report-rfm.html\""), "and the report on its own");
  }

  static Path firstChapter(Path dir) throws java.io.IOException {
    try (var files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("chapter-"))
          .findFirst()
          .orElseThrow();
    }
  }

  static String[] cdnowArgs(String command, String subcommand) {
    return concat(new String[] {command, subcommand}, CDNOW_PURCHASES);
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
