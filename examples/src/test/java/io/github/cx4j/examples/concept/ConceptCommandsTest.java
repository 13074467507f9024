/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.concept.Vocabulary;
import io.github.cx4j.examples.Cx4j;
import io.github.cx4j.examples.tour.Tour;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConceptCommandsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path example() throws Exception {
    Path file = dir.resolve("answers.json");
    try (InputStream in = getClass().getResourceAsStream(CsTheoryChapter.EXAMPLE)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void conceptsPrintsEveryGroupInEitherLanguage() {
    Run en = run("concepts");
    assertEquals(0, en.code(), en.err());
    assertTrue(en.out().contains("== Customer states [CustomerState]"), en.out());
    assertTrue(en.out().contains("  IRATE | Irate | Angry:"), en.out());
    int concepts = Vocabulary.groups().stream().mapToInt(g -> g.concepts().size()).sum();
    assertTrue(
        en.out().contains(Vocabulary.groups().size() + " groups, " + concepts + " concepts."));
    Run zh = run("concepts", "--lang", "zh");
    assertTrue(zh.out().contains("== 客户状态 [CustomerState]"), zh.out());
    assertTrue(zh.out().contains("  IRATE | 愤怒 |"), zh.out());
  }

  @Test
  void conceptsSideBySideForBilingualClassesByCourseFileAndInTraditionalChinese() {
    Run both = run("concepts", "--bilingual", "--group", "CustomerState");
    assertEquals(0, both.code(), both.err());
    assertTrue(both.out().contains("== Customer states | 客户状态 [CustomerState]"), both.out());
    assertTrue(both.out().contains("  IRATE | Irate | 愤怒\n"), both.out());
    assertTrue(both.out().contains("1 groups, 4 concepts. 共 1 组，4 个概念。"), both.out());
    Run tw = run("concepts", "--bilingual", "--lang", "zh_TW", "--group", "CustomerState");
    assertTrue(tw.out().contains("  IRATE | Irate | 憤怒\n"), tw.out());
    Run file = run("concepts", "--course", "ALL_STAFF_SERVICE");
    assertEquals(0, file.code(), file.err());
    assertTrue(file.out().contains("[BrandDimension]"), file.out());
    assertTrue(file.out().contains("[ServiceMaxim]"), file.out());
    assertTrue(!file.out().contains("[CustomerState]"), file.out());
    Run zhFile = run("concepts", "--course", "CRM", "--lang", "zh");
    assertTrue(zhFile.out().contains("[PhraseQuadrant]"), zhFile.out());
    assertTrue(zhFile.out().contains("[CustomerState]"), zhFile.out());
  }

  @Test
  void conceptsAsJsonAndOneGroupToAFile() throws Exception {
    Run json = run("concepts", "--format", "json", "--lang", "zh");
    JsonNode root = CxJson.mapper().readTree(json.out());
    assertEquals("zh", root.get("language").asText());
    assertEquals(Vocabulary.groups().size(), root.get("groups").size());
    Path file = dir.resolve("states.json");
    Run one =
        run(
            "concepts",
            "--format",
            "json",
            "--group",
            "CustomerState",
            "--output",
            file.toString());
    assertEquals(0, one.code(), one.err());
    JsonNode states = CxJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(4, states.get("groups").get(0).get("concepts").size());
    assertEquals("IRATE", states.get("groups").get(0).get("concepts").get(3).get("code").asText());
    Run bad = run("concepts", "--group", "Nope");
    assertEquals(1, bad.code());
    assertTrue(bad.err().startsWith("cx4j: --group: unknown concept group \"Nope\""), bad.err());
  }

  @Test
  void auditScoresTheExampleInBothLanguages() throws Exception {
    Path file = example();
    Run en = run("audit", "--input", file.toString());
    assertEquals(0, en.code(), en.err());
    assertTrue(en.out().contains("Audit of Lakeside Hotel (example) (answers on 1..5)"), en.out());
    assertTrue(en.out().contains("Maturity: Developing"), en.out());
    assertTrue(en.out().contains("  8. Empowerment and training (12.5)"), en.out());
    assertTrue(en.out().contains("Service style: By the book"), en.out());
    assertTrue(en.out().contains("Missing answers (2): CS_SYSTEM.VHS4, RETENTION.R10b"), en.out());
    Run zh = run("audit", "--input", file.toString(), "--lang", "zh");
    assertTrue(zh.out().contains("客户服务类型:按部就班型"), zh.out());
    assertTrue(zh.out().contains("成熟度:发展级"), zh.out());
    Run json = run("audit", "--input", file.toString(), "--format", "json");
    JsonNode report = CxJson.mapper().readTree(json.out());
    assertEquals("BY_THE_BOOK", report.get("serviceStyle").asText());
    assertEquals(
        "EMPOWERMENT_AND_TRAINING",
        report.get("retention").get("weakest").get(0).get("step").asText());
  }

  @Test
  void auditErrorsNameTheFilePositionCodeAndType() throws Exception {
    Path missing = dir.resolve("none.json");
    Run none = run("audit", "--input", missing.toString());
    assertEquals(1, none.code());
    assertEquals("cx4j: " + missing + ": no such file\n", none.err());
    Path kind = dir.resolve("kind.json");
    Files.writeString(
        kind,
        "{\"organisation\":\"X\",\"scale\":{\"min\":1,\"max\":5},\n\"answers\":{\"CS_SYSTEMS\":{}}}");
    Run k = run("audit", "--input", kind.toString());
    assertEquals(1, k.code());
    assertTrue(k.err().startsWith("cx4j: " + kind + ":2:"), k.err());
    assertTrue(k.err().contains("CS_SYSTEMS") && k.err().contains("AuditKind"), k.err());
    Path range = dir.resolve("range.json");
    Files.writeString(
        range,
        "{\"organisation\":\"X\",\"scale\":{\"min\":1,\"max\":5},"
            + "\"answers\":{\"RETENTION\":{\"R01a\":9}}}");
    Run r = run("audit", "--input", range.toString());
    assertEquals(1, r.code());
    assertTrue(
        r.err()
            .equals(
                "cx4j: "
                    + range
                    + ":1:78: answers.RETENTION.R01a: expected an answer within 1..5, was 9\n"),
        r.err());
    Path item = dir.resolve("item.json");
    Files.writeString(
        item,
        "{\"organisation\":\"X\",\"scale\":{\"min\":1,\"max\":5},"
            + "\"answers\":{\"SERVICE_STYLE\":{\"PX1\":3}}}");
    Run i = run("audit", "--input", item.toString());
    assertTrue(
        i.err()
            .contains(
                "AuditAnswers.answers.SERVICE_STYLE must name items of questionnaire"
                    + " SERVICE_STYLE, was \"PX1\""),
        i.err());
    Path syntax = dir.resolve("syntax.json");
    Files.writeString(syntax, "{\"organisation\":");
    Run s = run("audit", "--input", syntax.toString());
    assertEquals(1, s.code());
    assertTrue(s.err().startsWith("cx4j: " + syntax + ":1:"), s.err());
  }

  @Test
  void tourChapterRunsInBothLanguages() throws Exception {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
      StringWriter out = new StringWriter();
      Tour tour = new Tour(new PrintWriter(out), locale);
      CsTheoryChapter chapter = new CsTheoryChapter();
      assertEquals(20, chapter.order());
      chapter.run(tour);
      String text = out.toString();
      if (locale == Locale.CHINESE) {
        assertEquals("CS 理论", chapter.title(tour));
        assertTrue(text.contains("以顾客为中心"), text);
        assertTrue(text.contains("按部就班型"), text);
      } else {
        assertEquals("CS theory", chapter.title(tour));
        assertTrue(text.contains("Customer-centred"), text);
        assertTrue(text.contains("method 5: Empower employees"), text);
        assertTrue(text.contains("Service style: By the book"), text);
      }
    }
    Run tour = run("tour", "--chapter", "20");
    assertEquals(0, tour.code(), tour.err());
  }
}
