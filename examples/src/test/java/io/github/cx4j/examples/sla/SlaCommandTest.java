/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.Cx4j;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private Path example(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = SlaCommandTest.class.getResourceAsStream("/examples/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void dueOverTheNationalDayBreak() throws IOException {
    Path cal = example("sla-calendar-shanghai.json");
    // Wednesday 30 September 17:00 Shanghai + 2h: 1h that day, 1h on Thursday 8 October
    Result r =
        run(
            "sla",
            "due",
            "--calendar",
            cal.toString(),
            "--start",
            "2026-09-30T09:00:00Z",
            "--target",
            "PT2H");
    assertEquals(0, r.code(), r.err());
    assertEquals("2026-10-08T02:00:00Z", r.out().strip());
  }

  @Test
  void theShanghaiCalendarDoesNotGuess2027() throws IOException {
    Path cal = example("sla-calendar-shanghai.json");
    // Thursday 31 December 16:00 Shanghai + 8h would run into 2027-01-01, whose holidays it lacks
    Result r =
        run(
            "sla",
            "due",
            "--calendar",
            cal.toString(),
            "--start",
            "2026-12-31T08:00:00Z",
            "--target",
            "PT8H");
    assertEquals(1, r.code(), r.out());
    assertEquals(
        "cx4j: BusinessCalendar shanghai-office has holiday data from 2026-01-01 through"
            + " 2026-12-31; the due instant 2027-01-01T08:00:00Z (2027-01-01 local) is after it:"
            + " load the holidays of 2027 (HolidayTable, withHolidays) or opt in with"
            + " allowingBeyondCoverage()",
        r.err().strip());
  }

  @Test
  void dueExplained() throws IOException {
    Path cal = example("sla-calendar-shanghai.json");
    Result r =
        run(
            "sla",
            "due",
            "--calendar",
            cal.toString(),
            "--start",
            "2026-10-09T17:00+08:00",
            "--target",
            "PT2H",
            "--explain");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\\R");
    assertEquals("2026-10-10T02:00:00Z", lines[0]);
    assertEquals("# 2 business interval(s), total PT2H, zone Asia/Shanghai", lines[1]);
    assertEquals(
        "2026-10-09T09:00:00Z 2026-10-09T10:00:00Z PT1H local"
            + " 2026-10-09T17:00+08:00[Asia/Shanghai] .. 2026-10-09T18:00+08:00[Asia/Shanghai]",
        lines[2]);
    assertTrue(lines[3].startsWith("2026-10-10T01:00:00Z 2026-10-10T02:00:00Z PT1H"), lines[3]);
  }

  @Test
  void betweenOnTheOvernightRestaurant() throws IOException {
    Path cal = example("sla-calendar-late-night-restaurant.json");
    // Friday 2026-01-09 20:00 to Saturday 12:00 local: 20:00-04:00 (8h) + 11:00-12:00 (1h)
    Result r =
        run(
            "sla",
            "between",
            "--calendar",
            cal.toString(),
            "--from",
            "2026-01-09T12:00:00Z",
            "--to",
            "2026-01-10T04:00:00Z",
            "--explain");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\\R");
    assertEquals("PT9H", lines[0]);
    assertEquals(4, lines.length);
    Result back =
        run(
            "sla",
            "between",
            "--calendar",
            cal.toString(),
            "--from",
            "2026-01-10T04:00:00Z",
            "--to",
            "2026-01-09T12:00:00Z");
    assertEquals("PT-9H", back.out().strip());
  }

  @Test
  void badInputIsReported() throws IOException {
    Path cal = example("sla-calendar-shanghai.json");
    Result r =
        run("sla", "due", "--calendar", cal.toString(), "--start", "yesterday", "--target", "PT1H");
    assertEquals(1, r.code());
    assertEquals(
        "cx4j: --start must be an ISO-8601 instant such as 2026-01-09T09:00:00Z or"
            + " 2026-01-09T17:00+08:00, was \"yesterday\"",
        r.err().strip());
    r =
        run(
            "sla",
            "due",
            "--calendar",
            cal.toString(),
            "--start",
            "2026-01-01T00:00:00Z",
            "--target",
            "8h");
    assertEquals(
        "cx4j: --target must be an ISO-8601 duration such as PT8H, was \"8h\"", r.err().strip());
    r =
        run(
            "sla",
            "due",
            "--calendar",
            cal.toString(),
            "--start",
            "2026-01-01T00:00:00Z",
            "--target",
            "-PT8H");
    assertEquals(
        "cx4j: BusinessCalendar.duration must be zero or positive, was PT-8H", r.err().strip());
    Path missing = dir.resolve("missing.json");
    r =
        run(
            "sla",
            "between",
            "--calendar",
            missing.toString(),
            "--from",
            "2026-01-01T00:00:00Z",
            "--to",
            "2026-01-02T00:00:00Z");
    assertEquals("cx4j: " + missing + ": no such file", r.err().strip());
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad, "{\"zone\":\"Asia/Shanghai\",\"week\":{\"MONDAY\":[[\"09:00\",\"9:30\"]]}}");
    r =
        run(
            "sla",
            "between",
            "--calendar",
            bad.toString(),
            "--from",
            "2026-01-01T00:00:00Z",
            "--to",
            "2026-01-02T00:00:00Z");
    assertEquals(
        "cx4j: "
            + bad
            + ":1:58: TimeRange.end must be a time HH:MM from 00:00 to 24:00, was \"9:30\" in"
            + " week.MONDAY[0]",
        r.err().strip());
    r = run("sla", "between", "--calendar", cal.toString());
    assertEquals(2, r.code());
    r = run("sla");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("due"), r.out());
  }
}
