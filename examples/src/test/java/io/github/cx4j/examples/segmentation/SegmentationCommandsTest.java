/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.CliTest;
import io.github.cx4j.examples.activity.CdnowSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentationCommandsTest extends CliTest {
  @TempDir Path dir;

  private Path purchases() throws IOException {
    Path file = dir.resolve("p.csv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "customer,date,amount",
            "a,2026-01-01,10",
            "a,2026-03-01,30",
            "a,2026-03-20,20",
            "b,2026-02-01,5",
            "c,2026-03-30,100",
            "c,2026-03-31,100",
            "d,2026-01-15,8",
            "e,2026-04-10,999",
            ""),
        StandardCharsets.UTF_8);
    return file;
  }

  private String[] rfm(Path input, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "rfm",
                "--input",
                input.toString(),
                "--customer-column",
                "customer",
                "--date-column",
                "date",
                "--amount-column",
                "amount",
                "--analysis-date",
                "2026-03-31"));
    args.addAll(Arrays.asList(more));
    return args.toArray(String[]::new);
  }

  @Test
  void rfmScoresEveryCustomerUpToTheAnalysisDate() throws IOException {
    assertEquals(0, run(rfm(purchases(), "--bins", "3")), err);
    List<String> lines = out.lines().toList();
    assertEquals("customer,recency,frequency,monetary,r,f,m,score,segment", lines.get(0));
    // e bought after the analysis date: left out
    assertEquals(5, lines.size());
    // recency a 11, b 58, c 0, d 75 -> cut points (type 7, n = 4, k/3): 8.25, 40.5 -> a 2? no:
    // sorted 0 11 58 75: h = 1 -> 11; h = 2 -> 58: a (11 not below 11) -> 3, b 2, c 3, d 1
    assertEquals("a,11,3,60,3,3,2,332,Potential Loyalist", lines.get(1));
    assertEquals("c,0,2,200,3,2,3,323,Loyal Customers", lines.get(3));
    assertTrue(lines.get(4).startsWith("d,75,1,8,1,1,1,111,"), lines.get(4));
  }

  @Test
  void rfmSummaryAndOtherOptions() throws IOException {
    Path input = purchases();
    assertEquals(0, run(rfm(input, "--summary", "--rules", "rfm-legacy")), err);
    assertTrue(
        out.startsWith(
            "segment,customers,purchases,revenue,aov,customer_share,purchase_share,revenue_share\n"
                + "Champions,"),
        out);
    assertEquals(12, out.lines().count()); // header, ten rules, Others
    Path file = dir.resolve("out.csv");
    assertEquals(
        0, run(rfm(input, "--sketch", "--monetary", "mean", "--output", file.toString())), err);
    assertTrue(err.contains("normalised rank error 0.0000"), err);
    String written = Files.readString(file);
    assertTrue(written.contains("\na,11,3,20,"), written);
    Path rules = dir.resolve("rules.json");
    Files.writeString(
        rules,
        "{\"name\":\"mine\",\"rules\":[{\"name\":\"Top\",\"recencyMin\":4,\"recencyMax\":5,"
            + "\"frequencyMin\":1,\"frequencyMax\":5,\"monetaryMin\":1,\"monetaryMax\":5}]}");
    assertEquals(0, run(rfm(input, "--rules", rules.toString())), err);
    assertTrue(out.contains(",Top\n"), out);
    assertTrue(out.contains(",Others\n"), out);
  }

  @Test
  void rfmOnTheBundledCdnowSample() throws IOException {
    Path file = dir.resolve("CDNOW_sample.txt");
    try (InputStream in = CdnowSample.class.getResourceAsStream(CdnowSample.RESOURCE)) {
      Files.copy(in, file);
    }
    assertEquals(
        0,
        run(
            "rfm",
            "--input",
            file.toString(),
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
            "1998-07-01",
            "--summary"),
        err);
    List<String> lines = out.lines().toList();
    long customers = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
    assertEquals(2357, customers);
    long purchases = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum();
    assertEquals(6919, purchases);
  }

  @Test
  void rfmBadOptions() throws IOException {
    Path input = purchases();
    assertEquals(1, run(rfm(input, "--bins", "12")));
    assertEquals("cx4j: --bins must be within 2..9, was 12\n", err);
    assertEquals(1, run(rfm(input, "--monetary", "median")));
    assertEquals("cx4j: --monetary must be total or mean, was \"median\"\n", err);
    assertEquals(1, run(rfm(input, "--rules", dir.resolve("none.json").toString())));
    assertTrue(err.startsWith("cx4j: --rules must be rfm, rfm-legacy or a JSON file, was"), err);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"name\":\"x\",\"rules\":[{\"name\":\"a\",\"recencyMin\":0}]}");
    assertEquals(1, run(rfm(input, "--rules", bad.toString())));
    assertTrue(err.startsWith("cx4j: " + bad + ": RfmSegmentation.json is not valid"), err);
    List<String> early = new ArrayList<>(Arrays.asList(rfm(input)));
    early.set(early.indexOf("2026-03-31"), "2025-01-01");
    assertEquals(1, run(early.toArray(String[]::new)));
    assertEquals(
        "cx4j: SummarySpec.end must not precede the first purchase on 2026-01-01, was 2025-01-01\n",
        err);
    List<String> badDate = new ArrayList<>(Arrays.asList(rfm(input)));
    badDate.set(badDate.indexOf("2026-03-31"), "31.03.2026");
    assertEquals(1, run(badDate.toArray(String[]::new)));
    assertEquals("cx4j: --analysis-date must be a date as yyyy-MM-dd, was \"31.03.2026\"\n", err);
    assertEquals(2, run("rfm", "--input", input.toString()));
  }

  private Path customers() throws IOException {
    Path file = dir.resolve("c.csv");
    Files.writeString(
        file, "id,profit\nx,60\ny,25\nz,10\nw,5\nv,0\nu,-2\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void tiersByModel() throws IOException {
    Path input = customers();
    assertEquals(0, run("tiers", "--input", input.toString(), "--value-column", "profit"), err);
    assertEquals(
        "customer,value,tier,customer_tier,service_approach\n"
            + "x,60,A,SUPER_HEAVYWEIGHT,DEDICATED_PARTNERSHIP\n"
            + "y,25,A,SUPER_HEAVYWEIGHT,DEDICATED_PARTNERSHIP\n"
            + "z,10,B,HEAVYWEIGHT,PROACTIVE_ACCOUNT_MANAGEMENT\n"
            + "w,5,C,LIGHTWEIGHT,EFFICIENT_STANDARD_SERVICE\n"
            + "v,0,NON_POSITIVE,LIGHTWEIGHT,EFFICIENT_STANDARD_SERVICE\n"
            + "u,-2,NON_POSITIVE,LIGHTWEIGHT,EFFICIENT_STANDARD_SERVICE\n",
        out);
    assertEquals(
        0,
        run(
            "tiers",
            "--input",
            input.toString(),
            "--value-column",
            "2",
            "--customer-column",
            "id",
            "--model",
            "four-tier",
            "--summary"),
        err);
    assertTrue(out.startsWith("tier,customers,value,customer_share,value_share"), out);
    assertTrue(out.contains("\nSUPER_HEAVYWEIGHT,2,85,"), out);
    assertEquals(
        0,
        run("tiers", "--input", input.toString(), "--value-column", "profit", "--model", "pyramid"),
        err);
    assertTrue(out.contains("\nx,60,PLATINUM,"), out);
    assertTrue(out.contains("\nu,-2,LEAD,"), out);
  }

  @Test
  void tiersBadInput() throws IOException {
    Path input = customers();
    assertEquals(
        1, run("tiers", "--input", input.toString(), "--value-column", "profit", "--model", "xyz"));
    assertEquals("cx4j: --model must be abc, pyramid or four-tier, was \"xyz\"\n", err);
    assertEquals(1, run("tiers", "--input", input.toString(), "--value-column", "margin"));
    assertTrue(err.contains("--value-column margin is neither a column name"), err);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "id,profit\nx,abc\n");
    assertEquals(1, run("tiers", "--input", bad.toString(), "--value-column", "profit"));
    assertEquals(
        "cx4j: " + bad + ":2: column profit (2): expected a finite number, was \"abc\"\n", err);
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "id,profit\n");
    assertEquals(1, run("tiers", "--input", empty.toString(), "--value-column", "profit"));
    assertEquals("cx4j: " + empty + ": no customers found\n", err);
    assertFalse(err.isEmpty());
  }
}
