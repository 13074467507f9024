/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.Cx4j;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.Pls;
import io.github.cx4j.scoring.index.PlsResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlsCommandTest {
  @TempDir Path dir;

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  private Path survey() throws IOException {
    Path file = dir.resolve("ecsi.csv");
    try (InputStream in = getClass().getResourceAsStream(SatisfactionIndexChapter.RESOURCE)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void writesTheDocumentedJson() throws IOException {
    Path file = survey();
    String[] result = run("pls", "--input", file.toString(), "--model", "ecsi", "--format", "json");
    assertEquals("0", result[0], result[2]);
    JsonNode json = CxJson.mapper().readTree(result[1]);
    PlsResult expected = Pls.fit(PathModel.ecsi(), SatisfactionIndexChapter.load());
    assertEquals(12, json.get("paths").size());
    JsonNode first = json.get("paths").get(0);
    assertEquals("IMAG", first.get("from").asText());
    assertEquals("EXPE", first.get("to").asText());
    assertEquals(expected.path("IMAG", "EXPE"), first.get("coefficient").asDouble(), 1e-12);
    assertEquals(expected.rSquared().get("SAT"), json.get("rSquared").get("SAT").asDouble(), 1e-12);
    assertEquals(expected.weights().get("sat1"), json.get("weights").get("sat1").asDouble(), 1e-12);
    assertEquals(
        expected.loadings().get("loy2"), json.get("loadings").get("loy2").asDouble(), 1e-12);
    JsonNode quality = json.get("quality").get("QUAL");
    assertEquals(expected.quality().get("QUAL").ave(), quality.get("ave").asDouble(), 1e-12);
    assertTrue(quality.has("alpha") && quality.has("rho"));
    assertEquals(
        expected.index().get("SAT").value(), json.get("index").get("SAT").asDouble(), 1e-12);
    assertEquals(expected.iterations(), json.get("iterations").asInt());
    assertTrue(json.get("converged").asBoolean());
    assertEquals(250, json.get("missing").get("rowsUsed").asInt());
    assertFalse(json.has("bootstrap"));
  }

  @Test
  void bootstrapsModeBAndMissingCodesToAFile() throws IOException {
    Path file = survey();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    lines[3] = "-99" + lines[3].substring(lines[3].indexOf(','));
    lines[5] = lines[5].substring(0, lines[5].lastIndexOf(',') + 1);
    Path withMissing = dir.resolve("missing.csv");
    Files.writeString(withMissing, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.json");
    String[] result =
        run(
            "pls",
            "--input",
            withMissing.toString(),
            "--model",
            "ecsi",
            "--scheme",
            "centroid",
            "--mode-b",
            "IMAG,QUAL",
            "--bootstrap",
            "50",
            "--seed",
            "9",
            "--missing",
            "-99",
            "--scale",
            "1..10",
            "--output",
            out.toString(),
            "--format",
            "json");
    assertEquals("0", result[0], result[2]);
    assertEquals("", result[1]);
    JsonNode json = CxJson.mapper().readTree(Files.readString(out));
    assertEquals("centroid", json.get("scheme").asText());
    assertEquals(248, json.get("n").asInt());
    assertEquals(1, json.get("missing").get("missingCells").get("imag1").asInt());
    assertEquals(1, json.get("missing").get("missingCells").get("loy3").asInt());
    assertEquals(50, json.get("bootstrap").get("resamples").asInt());
    JsonNode path = json.get("bootstrap").get("paths").get("SAT -> LOY");
    assertTrue(path.get("standardError").asDouble() > 0);
    assertTrue(path.has("t") && path.has("lower") && path.has("upper"));
    assertEquals(0, json.get("bootstrap").get("failures").size());
    String[] again =
        run(
            "pls",
            "--input",
            withMissing.toString(),
            "--model",
            "ecsi",
            "--scheme",
            "centroid",
            "--mode-b",
            "IMAG,QUAL",
            "--bootstrap",
            "50",
            "--seed",
            "9",
            "--missing",
            "-99",
            "--scale",
            "1..10",
            "--format",
            "json",
            "--missing-policy",
            "mean",
            "--consistent");
    assertEquals("0", again[0], again[2]);
    JsonNode mean = CxJson.mapper().readTree(again[1]);
    assertEquals(250, mean.get("n").asInt());
    assertEquals("mean", mean.get("missing").get("policy").asText());
  }

  @Test
  void readsAJsonModel() throws IOException {
    Path file = survey();
    Path model = dir.resolve("model.json");
    Files.writeString(
        model,
        "{\"constructs\":[{\"name\":\"SAT\",\"mode\":\"A\",\"indicators\":[\"sat1\",\"sat2\",\"sat3\"]},"
            + "{\"name\":\"LOY\",\"mode\":\"A\",\"indicators\":[\"loy1\",\"loy2\",\"loy3\"]}],"
            + "\"paths\":[[\"SAT\",\"LOY\"]]}");
    String[] result = run("pls", "--input", file.toString(), "--model", model.toString());
    assertEquals("0", result[0], result[2]);
    JsonNode json = CxJson.mapper().readTree(result[1]);
    assertEquals(1, json.get("paths").size());
    assertEquals(
        json.get("paths").get(0).get("coefficient").asDouble()
            * json.get("paths").get(0).get("coefficient").asDouble(),
        json.get("rSquared").get("LOY").asDouble(),
        1e-12);
  }

  @Test
  void headerNamesMatchIgnoringCase() throws IOException {
    Path file = survey();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int header = text.indexOf('\n');
    Path upper = dir.resolve("upper.csv");
    Files.writeString(
        upper, text.substring(0, header).toUpperCase(Locale.ROOT) + text.substring(header));
    String[] lower = run("pls", "--input", file.toString(), "--model", "ecsi");
    String[] upperCase = run("pls", "--input", upper.toString(), "--model", "ecsi");
    assertEquals("0", upperCase[0], upperCase[2]);
    assertEquals(lower[1], upperCase[1]);
  }

  @Test
  void userErrorsAreClear() throws IOException {
    Path file = survey();
    String[] acsi = run("pls", "--input", file.toString(), "--model", "acsi");
    assertEquals("0", acsi[0], "the ECSI survey has every ACSI item");
    String[] noModel = run("pls", "--input", file.toString(), "--model", "nowhere.json");
    assertEquals(
        "cx4j: --model nowhere.json: no such file (expected acsi, ecsi or a JSON model file)\n",
        noModel[2]);
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad, "{\"constructs\":[{\"name\":\"X\",\"indicators\":[\"sat1\"]}],\"paths\":[]}");
    assertEquals(
        "cx4j: "
            + bad
            + ": PathModel.paths must connect every construct, not connected, was \"X\"\n",
        run("pls", "--input", file.toString(), "--model", bad.toString())[2]);
    assertEquals(
        "cx4j: --scale must be MIN..MAX with integers, for example 1..10, was \"1-10\"\n",
        run("pls", "--input", file.toString(), "--model", "ecsi", "--scale", "1-10")[2]);
    assertEquals(
        "cx4j: --scale 5..1: RatingScale.max must be greater than min 5, was 1\n",
        run("pls", "--input", file.toString(), "--model", "ecsi", "--scale", "5..1")[2]);
    assertEquals(
        "cx4j: --bootstrap must be 0 or at least 2, was 1\n",
        run("pls", "--input", file.toString(), "--model", "ecsi", "--bootstrap", "1")[2]);
    assertEquals(
        "cx4j: PathModel.constructs must contain NOPE, was [IMAG, EXPE, QUAL, VAL, SAT, COMP,"
            + " LOY]\n",
        run("pls", "--input", file.toString(), "--model", "ecsi", "--mode-b", "NOPE")[2]);
    Path text = dir.resolve("text.csv");
    String content = Files.readString(file).replaceFirst("\n6,", "\nsix,");
    Files.writeString(text, content);
    assertEquals(
        "cx4j: " + text + ":2: column imag1 (1): expected a finite number, was \"six\"\n",
        run("pls", "--input", text.toString(), "--model", "ecsi")[2]);
    Path constant = dir.resolve("constant.csv");
    StringBuilder csv = new StringBuilder("sat1,sat2,loy1\n");
    for (int i = 0; i < 10; i++) {
      csv.append(i % 3).append(",5,").append(i).append('\n');
    }
    Files.writeString(constant, csv.toString());
    Path small = dir.resolve("small.json");
    Files.writeString(
        small,
        "{\"constructs\":[{\"name\":\"SAT\",\"indicators\":[\"sat1\",\"sat2\"]},"
            + "{\"name\":\"LOY\",\"indicators\":[\"loy1\"]}],\"paths\":[[\"SAT\",\"LOY\"]]}");
    assertEquals(
        "cx4j: Pls.data must give every indicator a non-zero variance, constant, was [sat2]\n",
        run("pls", "--input", constant.toString(), "--model", small.toString())[2]);
    String[] absent = run("pls", "--input", constant.toString(), "--model", "acsi");
    assertEquals("1", absent[0]);
    assertEquals(
        "cx4j: "
            + constant
            + ": the model's indicators [expe1, expe2, expe3, qual1, qual2, qual3, val1, val2,"
            + " sat3, comp1, loy2] are not columns of the file (columns: sat1, sat2, loy1)\n",
        absent[2]);
  }

  @Test
  void tourChapterShowsTruthAndEstimates() throws Exception {
    StringWriter out = new StringWriter();
    SatisfactionIndexChapter chapter = new SatisfactionIndexChapter();
    Tour tour = new Tour(new PrintWriter(out), Locale.ENGLISH);
    assertEquals(40, chapter.order());
    assertEquals("A satisfaction index", chapter.title(tour));
    chapter.run(tour);
    String text = out.toString();
    assertTrue(text.contains("IMAG -> EXPE  0.50"), text);
    assertTrue(text.contains("Mean absolute error: PLS"), text);
    assertTrue(text.contains("500 resamples (seed 2026)"), text);
    StringWriter zh = new StringWriter();
    Tour chinese = new Tour(new PrintWriter(zh), Locale.CHINESE);
    assertEquals("满意度指数", chapter.title(chinese));
    chapter.run(chinese);
    assertTrue(zh.toString().contains("路径系数：真值与估计"));
    StringWriter again = new StringWriter();
    chapter.run(new Tour(new PrintWriter(again), Locale.ENGLISH));
    assertEquals(text, again.toString());
  }

  @Test
  void theShippedSurveyIsTheGeneratorsOutput() throws IOException {
    String shipped;
    try (InputStream in = getClass().getResourceAsStream(SatisfactionIndexChapter.RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, double[]> data = EcsiSurvey.generate(EcsiSurvey.RESPONDENTS, EcsiSurvey.SEED);
    assertEquals(shipped, EcsiSurvey.toCsv(data));
    assertEquals(PathModel.ecsi().indicators(), new java.util.ArrayList<>(data.keySet()));
    for (double[] column : data.values()) {
      for (double v : column) {
        assertTrue(v >= 1 && v <= 10 && v == Math.rint(v));
      }
    }
    Path file = dir.resolve("regenerated.csv");
    EcsiSurvey.main(new String[] {file.toString()});
    assertEquals(shipped, Files.readString(file));
  }
}
