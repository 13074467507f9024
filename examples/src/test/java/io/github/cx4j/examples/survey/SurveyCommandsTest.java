/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.Cx4j;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyCommandsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, List.of(lines), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void npsJsonHasTheDocumentedKeysAndHandValues() throws IOException {
    // north: 10, 9, 7, 3 -> 2 promoters, 1 passive, 1 detractor: nps 0.25; south: 0, 6, blank
    Path in =
        file(
            "s.csv",
            "id,region,ltr,at",
            "1,north,10,2025-01-05T10:00:00Z",
            "2,north,9,2025-02-01T10:00:00Z",
            "3,north,7,2025-02-03",
            "4,north,3,2025-02-04T08:00:00+08:00",
            "5,south,0,2025-01-09T00:00:00Z",
            "6,south,6,2025-01-10T00:00:00Z",
            "7,south,,2025-01-11T00:00:00Z");
    Run r =
        run(
            "nps",
            "--input",
            in.toString(),
            "--column",
            "ltr",
            "--by",
            "region",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    JsonNode array = CxJson.mapper().readTree(r.out());
    assertEquals(2, array.size());
    JsonNode north = array.get(0);
    for (String key :
        List.of(
            "group",
            "n",
            "detractors",
            "passives",
            "promoters",
            "nps",
            "points",
            "se",
            "seSample",
            "wald",
            "adjustedWald",
            "score")) {
      assertTrue(north.has(key), key);
    }
    assertEquals("north", north.get("group").asText());
    assertEquals(4, north.get("n").asInt());
    assertEquals(0.25, north.get("nps").asDouble(), 1e-12);
    assertEquals(25.0, north.get("points").asDouble(), 1e-12);
    // variance (0.5 + 0.25) - 0.25^2 = 0.6875
    assertEquals(Math.sqrt(0.6875 / 4), north.get("se").asDouble(), 1e-12);
    assertEquals(Math.sqrt(0.6875 / 3), north.get("seSample").asDouble(), 1e-12);
    assertEquals(2, north.get("wald").size());
    JsonNode south = array.get(1);
    assertEquals(2, south.get("n").asInt());
    assertEquals(1, south.get("missing").asInt());
    assertEquals(-1.0, south.get("nps").asDouble(), 1e-12);

    Run months =
        run(
            "nps",
            "--input",
            in.toString(),
            "--column",
            "ltr",
            "--period",
            "month",
            "--date-column",
            "at",
            "--zone",
            "Asia/Shanghai");
    assertEquals(0, months.code(), months.err());
    String[] lines = months.out().split("\n");
    assertTrue(lines[0].startsWith("group,n,missing,invalid,detractors,passives,promoters,nps"));
    // Shanghai calendar: January holds 10, 0, 6 and one blank; February 9, 7 and 3
    assertTrue(lines[1].startsWith("2025-01,3,1,0,2,0,1,"), lines[1]);
    assertTrue(lines[2].startsWith("2025-02,3,0,0,1,1,1,"), lines[2]);

    Run compare =
        run(
            "nps",
            "--input",
            in.toString(),
            "--column",
            "ltr",
            "--by",
            "region",
            "--compare",
            "north,south",
            "--format",
            "json");
    assertEquals(0, compare.code(), compare.err());
    JsonNode c = CxJson.mapper().readTree(compare.out());
    assertEquals(1.25, c.get("difference").asDouble(), 1e-12);
    assertEquals(Math.sqrt(0.6875 / 4), c.get("se").asDouble(), 1e-12);
    for (String key : List.of("difference", "se", "z", "p", "interval")) {
      assertTrue(c.has(key), key);
    }
  }

  @Test
  void weightedNpsWithKishEffectiveN() throws IOException {
    Path in = file("w.csv", "ltr,w", "10,1", "0,1", "8,2", "9,4", ",3");
    Run r =
        run(
            "nps",
            "--input",
            in.toString(),
            "--column",
            "ltr",
            "--weight",
            "w",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    JsonNode g = CxJson.mapper().readTree(r.out()).get(0);
    assertEquals(4, g.get("n").asInt());
    assertEquals(1, g.get("missing").asInt());
    assertEquals(0.5, g.get("nps").asDouble(), 1e-12);
    assertEquals(64.0 / 22, g.get("effectiveN").asDouble(), 1e-12);
    assertEquals(Math.sqrt(0.5 / (64.0 / 22)), g.get("se").asDouble(), 1e-12);
    Run bad =
        run(
            "nps",
            "--input",
            file("w2.csv", "ltr,w", "10,-1").toString(),
            "--column",
            "ltr",
            "--weight",
            "w");
    assertEquals(1, bad.code());
    assertTrue(
        bad.err().endsWith("column w (2): expected a weight of at least 0, was \"-1\"\n"),
        bad.err());
  }

  @Test
  void npsBadInputNamesFileLineAndColumn() throws IOException {
    Path in = file("bad.csv", "id,ltr", "1,9", "2,11");
    Run r = run("nps", "--input", in.toString(), "--column", "ltr");
    assertEquals(1, r.code());
    assertEquals(
        "cx4j: " + in + ":3: column ltr (2): expected a score within 0..10, was \"11\"\n", r.err());
    Run skip = run("nps", "--input", in.toString(), "--column", "ltr", "--skip-invalid");
    assertEquals(0, skip.code(), skip.err());
    assertTrue(skip.out().contains("all,1,0,1,0,0,1,"), skip.out());
    Run text = run("nps", "--input", file("t.csv", "ltr", "x").toString(), "--column", "ltr");
    assertEquals(1, text.code());
    assertTrue(text.err().endsWith("column ltr (1): expected an integer, was \"x\"\n"), text.err());
    Run missingGroup =
        run(
            "nps",
            "--input",
            in.toString(),
            "--column",
            "ltr",
            "--skip-invalid",
            "--compare",
            "a,b");
    assertEquals(1, missingGroup.code());
    assertEquals("cx4j: --compare group \"a\" not found; groups: all\n", missingGroup.err());
    Run level = run("nps", "--input", in.toString(), "--column", "ltr", "--level", "1");
    assertEquals("cx4j: --level must be strictly between 0 and 1, was 1.0\n", level.err());
    Run period = run("nps", "--input", in.toString(), "--column", "ltr", "--period", "month");
    assertEquals("cx4j: --period and --date-column must be given together\n", period.err());
  }

  @Test
  void csatKanoAndDriversOnTheBundledData() throws IOException {
    Path survey = dir.resolve("survey.csv");
    Files.writeString(survey, SurveyDataGenerator.survey(SurveyDataGenerator.SEED));
    Path kano = dir.resolve("kano.csv");
    Files.writeString(kano, SurveyDataGenerator.kano(SurveyDataGenerator.SEED));

    Run csat = run("csat", "--input", survey.toString(), "--column", "csat", "--format", "json");
    assertEquals(0, csat.code(), csat.err());
    JsonNode all = CxJson.mapper().readTree(csat.out()).get(0);
    assertEquals(SurveyDataGenerator.RESPONDENTS, all.get("n").asInt());
    double share = all.get("csat").asDouble();
    assertTrue(all.get("wilson").get(0).asDouble() < share);
    Run csatCompare =
        run(
            "csat",
            "--input",
            survey.toString(),
            "--column",
            "csat",
            "--by",
            "region",
            "--compare",
            "north,south");
    assertEquals(0, csatCompare.code(), csatCompare.err());
    assertTrue(csatCompare.out().startsWith("a,b,difference,se,z,p,low,high,level\nnorth,south,"));

    Path out = dir.resolve("kano-out.json");
    Run k = run("kano", "--input", kano.toString(), "--format", "json", "--output", out.toString());
    assertEquals(0, k.code(), k.err());
    JsonNode features = CxJson.mapper().readTree(Files.readString(out));
    assertEquals(5, features.size());
    assertEquals("free parking", features.get(0).get("feature").asText());
    assertEquals("A", findFeature(features, "same-day delivery").get("dominant").asText());
    assertEquals("M", findFeature(features, "mobile payment").get("dominant").asText());

    Run d =
        run(
            "drivers",
            "--input",
            survey.toString(),
            "--outcome",
            "overall",
            "--drivers",
            "speed,staff,price,app,store",
            "--replicates",
            "200",
            "--format",
            "json");
    assertEquals(0, d.code(), d.err());
    JsonNode drivers = CxJson.mapper().readTree(d.out());
    assertTrue(drivers.get("rSquared").asDouble() > 0.5);
    assertEquals("speed", drivers.get("drivers").get(0).get("driver").asText());
    double sum = 0;
    for (JsonNode n : drivers.get("drivers")) {
      sum += n.get("share").asDouble();
    }
    assertEquals(1.0, sum, 1e-9);
  }

  @Test
  void driversReportsCollinearDriversAndSkipsIncompleteRows() throws IOException {
    Path in = file("d.csv", "y,a,b", "1,1,2", "2,2,4", "3,3,6", "4,4,8", "5,5,10", "6,,12");
    Run r = run("drivers", "--input", in.toString(), "--outcome", "y", "--drivers", "a,b");
    assertEquals(1, r.code());
    assertTrue(
        r.err().startsWith("cx4j: KeyDrivers.drivers must not be collinear, was a singular"),
        r.err());
    Run unknown = run("drivers", "--input", in.toString(), "--outcome", "y", "--drivers", "a,c");
    assertEquals(1, unknown.code());
    assertEquals(
        "cx4j: "
            + in
            + ": --drivers c is neither a column name (y, a, b) nor a valid 1-based"
            + " index\n",
        unknown.err());
  }

  private static JsonNode findFeature(JsonNode array, String name) {
    for (JsonNode n : array) {
      if (n.get("feature").asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void kanoAcceptsNamesAndRejectsBadAnswers() throws IOException {
    Path in = file("k.csv", "feature,functional,dysfunctional", "wifi,like,dislike", "wifi,1,9");
    Run r = run("kano", "--input", in.toString());
    assertEquals(1, r.code());
    assertEquals(
        "cx4j: "
            + in
            + ":3: column dysfunctional (3): expected a Kano answer 1-5 or like,"
            + " must-be, neutral, live-with, dislike, was \"9\"\n",
        r.err());
    Path ok =
        file(
            "k2.csv",
            "feature,functional,dysfunctional",
            "wifi,like,dislike",
            "wifi,must-be,dislike");
    Run good = run("kano", "--input", ok.toString());
    assertEquals(0, good.code(), good.err());
    // one O and one M: the tie goes to M
    assertTrue(good.out().contains("wifi,2,0,1,1,0,0,0,M,O,"), good.out());
  }

  @Test
  void csvNumbersHaveSixDecimalsWithoutTrailingZeros() throws IOException {
    // north: 10, 9, 7, 3 -> nps 0.25 (25 points); south: 0, 6 -> nps -1
    Path in =
        file(
            "n.csv",
            "ltr,region",
            "10,north",
            "9,north",
            "7,north",
            "3,north",
            "0,south",
            "6,south");
    Run r = run("nps", "--input", in.toString(), "--column", "ltr", "--by", "region");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n", -1);
    assertTrue(lines[1].startsWith("north,4,0,0,1,1,2,0.25,25,0.414578,"), lines[1]);
    assertTrue(lines[2].startsWith("south,2,0,0,2,0,0,-1,-100,0,"), lines[2]);
  }

  @Test
  void csatScaleIsParsedByTheSharedScaleOption() throws IOException {
    Path in = file("c.csv", "csat", "5", "4", "2");
    Run dash = run("csat", "--input", in.toString(), "--column", "csat", "--scale", "1-5");
    assertEquals(1, dash.code());
    assertEquals(
        "cx4j: --scale must be MIN..MAX with integers, for example 1..5, was \"1-5\"\n",
        dash.err());
    Run reversed = run("csat", "--input", in.toString(), "--column", "csat", "--scale", "5..1");
    assertEquals(1, reversed.code());
    assertEquals(
        "cx4j: --scale 5..1: RatingScale.max must be greater than min 5, was 1\n", reversed.err());
    Run spaced = run("csat", "--input", in.toString(), "--column", "csat", "--scale", " 1 .. 5 ");
    assertEquals(0, spaced.code(), spaced.err());
    assertTrue(spaced.out().startsWith("group,n,missing,invalid,satisfied,csat,"), spaced.out());
  }

  @Test
  void bundledDataIsWhatTheGeneratorProduces() throws IOException {
    try (var in = SurveyDataGenerator.class.getResourceAsStream("/examples/survey.csv");
        var kano = SurveyDataGenerator.class.getResourceAsStream("/examples/survey-kano.csv")) {
      assertFalse(in == null || kano == null);
      assertEquals(
          SurveyDataGenerator.survey(SurveyDataGenerator.SEED),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertEquals(
          SurveyDataGenerator.kano(SurveyDataGenerator.SEED),
          new String(kano.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
