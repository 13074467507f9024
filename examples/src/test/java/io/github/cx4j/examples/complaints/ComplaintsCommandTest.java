/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.Cx4j;
import io.github.cx4j.examples.tour.Tour;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplaintsCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private Path generate(int complaints) {
    Path events = dir.resolve("events.jsonl");
    Result r =
        run(
            "complaints",
            "generate",
            "--complaints",
            String.valueOf(complaints),
            "--customers",
            "50",
            "--seed",
            "5",
            "--output",
            events.toString());
    assertEquals(0, r.code(), r.err());
    return events;
  }

  @Test
  void replayPrintsOneFinalStatePerComplaint() throws Exception {
    Path events = generate(40);
    Result r = run("complaints", "replay", "--input", events.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(40, lines.length);
    ObjectMapper json = CxJson.mapper();
    JsonNode first = json.readTree(lines[0]);
    assertTrue(first.has("trackingStatus"));
    assertTrue(first.has("status"));
    assertTrue(r.err().contains("of 40 complaints"), r.err());
    Result redacted = run("complaints", "replay", "--input", events.toString(), "--redact");
    assertFalse(redacted.out().contains("@example.com"));
    assertTrue(r.out().contains("@example.com"));
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndTheRestIsProcessed() throws Exception {
    Path events = generate(10);
    List<String> lines = new ArrayList<>(Files.readAllLines(events, StandardCharsets.UTF_8));
    lines.add(2, "{not json");
    lines.add(5, "{\"type\":\"teleported\"}");
    lines.add("");
    Path broken = dir.resolve("broken.jsonl");
    Files.write(broken, lines, StandardCharsets.UTF_8);
    Result r = run("complaints", "replay", "--input", broken.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(broken + ":3: skipped:"), r.err());
    assertTrue(r.err().contains(broken + ":6: skipped:"), r.err());
    assertTrue(r.err().contains("skipped 2 bad events"), r.err());
    assertEquals(10, r.out().strip().split("\n").length);
  }

  @Test
  void aStreamThatSkipsAVersionIsReportedPerLine() throws Exception {
    Path events = generate(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(events, StandardCharsets.UTF_8));
    lines.remove(0);
    Path gap = dir.resolve("gap.jsonl");
    Files.write(gap, lines, StandardCharsets.UTF_8);
    Result r = run("complaints", "replay", "--input", gap.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(": incomplete: version 1 is missing; nothing applied"), r.err());
    assertTrue(r.err().contains("1 incomplete complaint(s)"), r.err());
    Result kpi = run("complaints", "kpi", "--input", gap.toString());
    assertEquals(2, kpi.code());
    assertTrue(kpi.out().contains("complaints                  2 "), kpi.out());
  }

  @Test
  void kpiTextAndJson() throws Exception {
    Path events = generate(60);
    Result text = run("complaints", "kpi", "--input", events.toString(), "--customers", "3000");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("complaints                  60"), text.out());
    assertTrue(text.out().contains("per 1,000 customers         20.00"), text.out());
    assertTrue(text.out().contains("Caveat"));
    Path out = dir.resolve("kpi.json");
    Result json =
        run(
            "complaints",
            "kpi",
            "--input",
            events.toString(),
            "--json",
            "--output",
            out.toString());
    assertEquals(0, json.code(), json.err());
    JsonNode node = CxJson.mapper().readTree(Files.readString(out));
    assertEquals(60, node.get("kpis").get("complaints").asInt());
    assertEquals(1500.0, node.get("iceberg").get("dissatisfied").asDouble(), 1e-9);
  }

  @Test
  void importReplayKpiAndSlaRunOnAnH2Database() throws Exception {
    Path events = generate(30);
    String db = dir.resolve("crm").toString();
    Result imported = run("complaints", "import", "--input", events.toString(), "--db", db);
    assertEquals(0, imported.code(), imported.err());
    assertTrue(imported.err().contains("stored 30 complaints in " + db), imported.err());
    Result again = run("complaints", "import", "--input", events.toString(), "--db", db);
    assertTrue(
        again.err().contains("stored 0 complaints in " + db + ", 30 were already stored"),
        again.err());
    Result fromFile = run("complaints", "replay", "--input", events.toString());
    Result fromDb = run("complaints", "replay", "--db", db);
    assertEquals(0, fromDb.code(), fromDb.err());
    assertEquals(
        java.util.Set.of(fromFile.out().strip().split("\n")),
        java.util.Set.of(fromDb.out().strip().split("\n")));
    Result kpi = run("complaints", "kpi", "--db", db);
    assertEquals(0, kpi.code(), kpi.err());
    assertTrue(kpi.out().contains("complaints                  30"), kpi.out());
    Path policy = dir.resolve("policy.json");
    Path calendar = dir.resolve("calendar.json");
    Files.writeString(policy, POLICY);
    Files.writeString(calendar, CALENDAR);
    Result sla =
        run(
            "complaints",
            "sla",
            "--db",
            db,
            "--policy",
            policy.toString(),
            "--calendar",
            calendar.toString(),
            "--now",
            "2026-01-20T00:00:00Z",
            "--within",
            "P30D");
    assertEquals(0, sla.code(), sla.err());
    assertTrue(sla.out().startsWith("complaint      target           status"), sla.out());
    assertTrue(sla.out().contains("breaching within PT720H of 2026-01-20T00:00:00Z: "), sla.out());
    assertTrue(sla.err().contains("clocks of 30 complaints"), sla.err());
    Result kpiSla =
        run(
            "complaints",
            "kpi",
            "--db",
            db,
            "--policy",
            policy.toString(),
            "--calendar",
            calendar.toString(),
            "--now",
            "2026-06-01T00:00:00Z");
    assertEquals(0, kpiSla.code(), kpiSla.err());
    assertTrue(kpiSla.out().contains("SLA met FIRST_RESPONSE"), kpiSla.out());
    Result both = run("complaints", "replay", "--db", db, "--input", events.toString());
    assertEquals(2, both.code());
    assertTrue(both.err().contains("mutually exclusive"), both.err());
    Result badWithin =
        run(
            "complaints",
            "sla",
            "--db",
            db,
            "--policy",
            policy.toString(),
            "--calendar",
            calendar.toString(),
            "--within",
            "soon");
    assertEquals(1, badWithin.code());
    assertTrue(
        badWithin
            .err()
            .contains("--within must be an ISO-8601 duration such as PT1H, was \"soon\""),
        badWithin.err());
  }

  static final String POLICY =
      "{\"id\":\"p\",\"version\":1,\"effectiveFrom\":\"2025-01-01T00:00:00Z\","
          + "\"calendar\":\"office\",\"rules\":[{\"name\":\"all\",\"targets\":["
          + "{\"metric\":\"FIRST_RESPONSE\",\"target\":\"PT8H\"},"
          + "{\"metric\":\"RESOLUTION\",\"target\":\"P5D\"}]}]}";

  static final String CALENDAR =
      "{\"name\":\"all-week\",\"zone\":\"UTC\",\"week\":{"
          + "\"MONDAY\":[[\"00:00\",\"24:00\"]],\"TUESDAY\":[[\"00:00\",\"24:00\"]],"
          + "\"WEDNESDAY\":[[\"00:00\",\"24:00\"]],\"THURSDAY\":[[\"00:00\",\"24:00\"]],"
          + "\"FRIDAY\":[[\"00:00\",\"24:00\"]],\"SATURDAY\":[[\"00:00\",\"24:00\"]],"
          + "\"SUNDAY\":[[\"00:00\",\"24:00\"]]}}";

  @Test
  void userErrors() {
    Result missing = run("complaints", "kpi", "--input", dir.resolve("none.jsonl").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("none.jsonl: no such file"), missing.err());
    Result badStart = run("complaints", "generate", "--start", "yesterday");
    assertEquals(1, badStart.code());
    assertTrue(badStart.err().contains("--start must be an ISO-8601 instant"), badStart.err());
    Result negative = run("complaints", "generate", "--complaints", "-1");
    assertEquals(1, negative.code());
    assertTrue(
        negative.err().contains("SyntheticHistory.complaints must not be negative, was -1"),
        negative.err());
    Result usage = run("complaints");
    assertEquals(0, usage.code());
    assertTrue(usage.out().contains("replay"));
  }

  @Test
  void tourChapterRunsInBothLanguages() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
      StringWriter out = new StringWriter();
      Tour tour = new Tour(new PrintWriter(out), locale);
      WhenThingsGoWrongChapter chapter = new WhenThingsGoWrongChapter();
      chapter.run(tour);
      assertEquals(70, chapter.order());
      String text = out.toString();
      assertTrue(text.contains("NIGHT") || text.contains("waiter-li"), text);
      assertTrue(text.contains(locale == Locale.CHINESE ? "冰山" : "iceberg"), text);
    }
  }
}
