/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON files of the SLA package (business calendars, SLA policies, holiday tables) fail with
 * {@code FILE:LINE:COLUMN: what is wrong} in the words of the file format (issue 21): never a Java
 * class name from the parser.
 */
class SlaJsonFilesTest {
  static final String CALENDAR =
      String.join(
          "\n",
          "{",
          "  \"name\": \"office\",",
          "  \"zone\": \"Asia/Shanghai\",",
          "  \"week\": {",
          "    \"MONDAY\": [[\"09:00\", \"12:00\"], [\"13:00\", \"18:00\"]],",
          "    \"FRIDAY\": [[\"09:00\", \"18:00\"]]",
          "  },",
          "  \"holidays\": [\"2026-10-01\", \"2026-10-02\"],",
          "  \"closures\": [{\"date\": \"2026-12-24\", \"from\": \"12:00\", \"to\": \"24:00\"}],",
          "  \"coveredFrom\": \"2026-01-01\",",
          "  \"coveredThrough\": \"2026-12-31\"",
          "}");

  /** The calendar with line {@code line} (from 1) replaced. */
  static String withLine(int line, String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(CALENDAR.split("\n", -1)));
    lines.set(line - 1, text);
    return String.join("\n", lines);
  }

  static String calendarError(String json) {
    return assertThrows(
            CxValidationException.class, () -> BusinessCalendar.fromJson(json, "office.json"))
        .getMessage();
  }

  @Test
  void theValidCalendarReads() {
    BusinessCalendar cal = BusinessCalendar.fromJson(CALENDAR, "office.json");
    assertEquals("office", cal.name());
    assertEquals(2, cal.holidays().size());
    assertEquals(cal, BusinessCalendar.fromJson(cal.toJson(), "again.json"));
  }

  @Test
  void anUnknownFieldIsNamedWithItsLineAndTheFieldsThatAreKnown() {
    assertEquals(
        "office.json:8:15: unknown field \"holiday\" (expected one of beyondCoverage, closures,"
            + " coveredFrom, coveredThrough, extraWorkingDays, holidays, name, week, zone)",
        calendarError(withLine(8, "  \"holiday\": [\"2026-10-01\", \"2026-10-02\"],")));
    assertEquals(
        "office.json:9:66: unknown field \"until\" in closures[0] (expected one of date, from, to)",
        calendarError(
            withLine(
                9,
                "  \"closures\": [{\"date\": \"2026-12-24\", \"from\": \"12:00\", \"until\":"
                    + " \"24:00\"}],")));
  }

  @Test
  void aWrongTypeABadDateAndABadZoneNameTheFieldAndTheValue() {
    assertEquals(
        "office.json:8:15: field \"holidays\": expected a list, was \"2026-10-01\"",
        calendarError(withLine(8, "  \"holidays\": \"2026-10-01\",")));
    assertEquals(
        "office.json:8:30: field \"holidays[1]\": expected a date such as 2026-10-01, was"
            + " \"2026-02-30\"",
        calendarError(withLine(8, "  \"holidays\": [\"2026-10-01\", \"2026-02-30\"],")));
    assertEquals(
        "office.json:3:11: field \"zone\": expected an IANA time zone such as Asia/Shanghai, was"
            + " \"Asia/Shangai\"",
        calendarError(withLine(3, "  \"zone\": \"Asia/Shangai\",")));
    assertEquals(
        "office.json:6:5: key \"FRYDAY\" of \"week\": a day of the week, one of [MONDAY, TUESDAY,"
            + " WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]",
        calendarError(withLine(6, "    \"FRYDAY\": [[\"09:00\", \"18:00\"]]")));
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    assertEquals(
        "office.json:12:1: missing required field \"zone\"", calendarError(withLine(3, "")));
    assertEquals(
        "office.json:9:54: missing required field \"to\" in closures[0]",
        calendarError(
            withLine(9, "  \"closures\": [{\"date\": \"2026-12-24\", \"from\": \"12:00\"}],")));
  }

  @Test
  void aBrokenRuleGivesTheRuleAndWhereItFailed() {
    assertEquals(
        "office.json:5:53: TimeRange.end must be a time HH:MM from 00:00 to 24:00, was \"25:00\""
            + " in week.MONDAY[1]",
        calendarError(
            withLine(5, "    \"MONDAY\": [[\"09:00\", \"12:00\"], [\"13:00\", \"25:00\"]],")));
    assertEquals(
        "office.json:12:1: BusinessCalendar.coveredThrough must not be before coveredFrom"
            + " 2026-01-01, was 2025-12-31",
        calendarError(withLine(11, "  \"coveredThrough\": \"2025-12-31\"")));
  }

  @Test
  void textThatIsNotJsonOrIsAmbiguousNamesWhereItBreaks() {
    assertEquals(
        "office.json:3:27: not JSON: Unexpected character (','): was expecting double-quote to"
            + " start field name",
        calendarError(withLine(3, "  \"zone\": \"Asia/Shanghai\",,")));
    assertEquals(
        "office.json:5:23: not JSON: the text ends before the calendar is complete",
        calendarError(CALENDAR.substring(0, CALENDAR.indexOf("[[") + 8)));
    assertEquals(
        "office.json:3:24: field \"zone\" is given twice",
        calendarError(withLine(3, "  \"zone\": \"UTC\", \"zone\": \"Asia/Shanghai\",")));
    assertEquals(
        "office.json:13:1: not JSON: more text after the end of the calendar",
        calendarError(CALENDAR + "\n{}"));
    assertEquals(
        "BusinessCalendar.json:1:34: unknown field \"weeks\" (expected one of beyondCoverage,"
            + " closures, coveredFrom, coveredThrough, extraWorkingDays, holidays, name, week,"
            + " zone)",
        assertThrows(
                CxValidationException.class,
                () -> BusinessCalendar.fromJson("{\"zone\":\"Asia/Shanghai\",\"weeks\":{}}"))
            .getMessage());
  }

  @Test
  void aPolicyFileFailsInTheSameWords() {
    String policy =
        "{\"id\": \"office\", \"version\": 1, \"effectiveFrom\": \"2026-01-01T00:00:00Z\",\n"
            + " \"calendar\": \"office\",\n"
            + " \"rules\": [{\"name\": \"all\", \"targets\": [{\"metric\": \"RESOLUTION\","
            + " \"target\": \"PT16H\"}]}]}";
    assertEquals("office", SlaPolicy.fromJson(policy, "policy.json").id());
    assertEquals(
        "policy.json:2:16: unknown field \"calendars\" (expected one of calendar, effectiveFrom,"
            + " id, pauses, priorityChange, reopen, responses, rules, runningClocks, teamCalendars,"
            + " version)",
        assertThrows(
                CxValidationException.class,
                () ->
                    SlaPolicy.fromJson(
                        policy.replace("\"calendar\"", "\"calendars\""), "policy.json"))
            .getMessage());
    assertEquals(
        "policy.json:3:75: field \"rules[0].targets[0].target\": expected an ISO-8601 duration"
            + " such as PT8H, was \"16 hours\"",
        assertThrows(
                CxValidationException.class,
                () -> SlaPolicy.fromJson(policy.replace("PT16H", "16 hours"), "policy.json"))
            .getMessage());
  }

  @Test
  void aHolidayTableThatIsNotJsonNamesItsLine() {
    assertEquals(
        "t.json:2:9: not JSON: Unexpected character (']'): was expecting a colon to separate"
            + " field name and value",
        assertThrows(
                CxValidationException.class,
                () -> HolidayTable.fromJson("{\"name\": \"t\",\n \"years\"]}", "t.json"))
            .getMessage());
    assertEquals(
        "t.json:1:38: field \"years\" is given twice",
        assertThrows(
                CxValidationException.class,
                () ->
                    HolidayTable.fromJson(
                        "{\"years\": [2027], \"days\": [], \"years\": [2028]}", "t.json"))
            .getMessage());
  }

  static final Pattern LOCATED = Pattern.compile("^office\\.json:\\d+:\\d+: \\S.*");

  /** One to three edits: a changed, removed or inserted character, a removed line, a cut. */
  static String mutate(String text, Random r) {
    String s = text;
    int edits = 1 + r.nextInt(3);
    for (int k = 0; k < edits && !s.isEmpty(); k++) {
      int p = r.nextInt(s.length());
      char c = "{}[],:\"0129-TZx aN\n".charAt(r.nextInt(19));
      switch (r.nextInt(5)) {
        case 0 -> s = s.substring(0, p) + c + s.substring(p + 1);
        case 1 -> s = s.substring(0, p) + s.substring(p + 1);
        case 2 -> s = s.substring(0, p) + c + s.substring(p);
        case 3 -> {
          int start = s.lastIndexOf('\n', p) + 1;
          int end = s.indexOf('\n', p);
          s = s.substring(0, start) + (end < 0 ? "" : s.substring(end + 1));
        }
        default -> s = s.substring(0, p);
      }
    }
    return s;
  }

  @Test
  void everyMutatedCalendarReadsOrFailsNamingLineAndColumnInTheFileFormatsWords() {
    qt().withFixedSeed(21)
        .withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String json = mutate(CALENDAR, new Random(seed));
              try {
                BusinessCalendar.fromJson(json, "office.json");
              } catch (CxValidationException e) {
                String m = e.getMessage();
                assertTrue(LOCATED.matcher(m).matches(), json + "\n=> " + m);
                assertFalse(
                    m.contains("java.") || m.contains("Immutable") || m.contains("`"),
                    json + "\n=> " + m);
              }
            });
  }
}
