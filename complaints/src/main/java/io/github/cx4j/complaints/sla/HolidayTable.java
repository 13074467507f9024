/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cx4j.core.CxValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An official holiday table loaded at run time, so that a new year's schedule (for example the
 * State Council's annual notice with its make-up working days, 调休) can be used as soon as it is
 * published, without waiting for a release of the library. Use it as a {@link HolidaySource} with
 * {@link BusinessCalendar#withHolidays}; the calendar's coverage becomes the years loaded.
 *
 * <p>JSON form ({@link #fromJson}):
 *
 * <pre>{@code
 * {"name": "China mainland 2027", "source": "国务院办公厅关于2027年部分节假日安排的通知",
 *  "years": [2027],
 *  "days": [
 *    {"date": "2027-01-01", "kind": "HOLIDAY", "name": "New Year's Day / 元旦"},
 *    {"from": "2027-02-06", "to": "2027-02-12", "kind": "HOLIDAY", "name": "Spring Festival / 春节"},
 *    {"date": "2027-02-14", "kind": "WORKING_DAY", "name": "Spring Festival / 春节"}]}
 * }</pre>
 *
 * <p>{@code years} lists the years the table covers completely: a covered year without days is an
 * answer (no holidays), a year not listed is refused. iCalendar form ({@link #fromIcs}, RFC 5545):
 * every {@code VEVENT} with an all-day {@code DTSTART} (and an exclusive {@code DTEND}, default one
 * day) is a holiday, unless it is marked as a make-up working day by {@code
 * X-CX4J-KIND:WORKING_DAY}, {@code CATEGORIES} containing {@code WORKING_DAY}, or a {@code SUMMARY}
 * containing 补班, 上班 or "working day". The calendar property {@code X-CX4J-YEARS:2027,2028} names
 * the covered years; without it, the years of the events are covered.
 */
public final class HolidayTable implements HolidaySource {
  private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final String name;
  private final SortedSet<Integer> years;
  private final Map<Integer, List<OfficialDay>> byYear;

  private HolidayTable(
      String name, SortedSet<Integer> years, Map<Integer, List<OfficialDay>> byYear) {
    this.name = name;
    this.years = years;
    this.byYear = byYear;
  }

  /**
   * The table's name, from the file.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The years the table covers.
   *
   * @return the years, in order
   */
  public SortedSet<Integer> years() {
    return years;
  }

  @Override
  public List<OfficialDay> days(int year) {
    if (!years.contains(year)) {
      throw CxValidationException.of(
          "HolidayTable.year",
          "be one of the years " + years + " that table " + name + " covers",
          year);
    }
    return byYear.getOrDefault(year, List.of());
  }

  /**
   * Reads a table from a file: {@code .ics} as iCalendar, anything else as JSON.
   *
   * @param file the file
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws CxValidationException naming the file (and line, for iCalendar) for bad content
   */
  public static HolidayTable read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String origin = file.toString();
    return origin.toLowerCase(Locale.ROOT).endsWith(".ics")
        ? fromIcs(text, origin)
        : fromJson(text, origin);
  }

  private static CxValidationException bad(String origin, String message) {
    return CxValidationException.withMessage("HolidayTable", origin + ": " + message);
  }

  /**
   * Reads the JSON form.
   *
   * @param json the text
   * @param origin where it came from (a file name), for messages and {@link OfficialDay#source()}
   * @return the table
   * @throws CxValidationException naming the origin and, for a text that is not JSON (or gives a
   *     field twice), the line and column; else the day's index and the field
   */
  public static HolidayTable fromJson(String json, String origin) {
    JsonNode root = SlaJson.tree(json, origin, "HolidayTable", "holiday table");
    if (root == null || !root.isObject()) {
      throw bad(origin, "must be a JSON object with name, years and days");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!List.of("name", "source", "years", "days").contains(field)) {
        throw bad(
            origin, "unknown property \"" + field + "\" (expected name, source, years, days)");
      }
    }
    String name = root.path("name").asText(origin);
    String source = root.path("source").asText(name);
    JsonNode yearsNode = root.path("years");
    if (!yearsNode.isArray() || yearsNode.isEmpty()) {
      throw bad(origin, "years must list the covered years, for example [2027]");
    }
    SortedSet<Integer> years = new TreeSet<>();
    for (JsonNode y : yearsNode) {
      if (!y.canConvertToInt()) {
        throw bad(origin, "years must be whole numbers, was " + y);
      }
      years.add(y.asInt());
    }
    Map<Integer, List<OfficialDay>> byYear = new TreeMap<>();
    int index = 0;
    for (JsonNode d : root.path("days")) {
      String where = "days[" + index++ + "]";
      OfficialDayKind kind;
      try {
        kind = OfficialDayKind.valueOf(d.path("kind").asText());
      } catch (IllegalArgumentException e) {
        throw bad(origin, where + ".kind must be HOLIDAY or WORKING_DAY, was " + d.path("kind"));
      }
      LocalDate from = date(origin, where, d, d.has("date") ? "date" : "from");
      LocalDate to = d.has("date") ? from : date(origin, where, d, "to");
      if (to.isBefore(from)) {
        throw bad(origin, where + ".to must not be before " + from + ", was " + to);
      }
      add(origin, where, byYear, years, from, to, kind, d.path("name").asText(name), source);
    }
    return new HolidayTable(name, years, freeze(byYear));
  }

  private static LocalDate date(String origin, String where, JsonNode d, String field) {
    try {
      return LocalDate.parse(d.path(field).asText());
    } catch (DateTimeParseException e) {
      throw bad(
          origin, where + "." + field + " must be a date such as 2027-01-01, was " + d.path(field));
    }
  }

  private static void add(
      String origin,
      String where,
      Map<Integer, List<OfficialDay>> byYear,
      SortedSet<Integer> years,
      LocalDate from,
      LocalDate to,
      OfficialDayKind kind,
      String name,
      String source) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!years.contains(day.getYear())) {
        throw bad(origin, where + ": " + day + " lies outside the covered years " + years);
      }
      List<OfficialDay> list = byYear.computeIfAbsent(day.getYear(), y -> new ArrayList<>());
      for (OfficialDay earlier : list) {
        if (earlier.date().equals(day)) {
          throw bad(origin, where + ": " + day + " is listed twice");
        }
      }
      list.add(new OfficialDay(day, kind, name, source));
    }
  }

  private static Map<Integer, List<OfficialDay>> freeze(Map<Integer, List<OfficialDay>> byYear) {
    Map<Integer, List<OfficialDay>> out = new TreeMap<>();
    byYear.forEach(
        (y, list) -> {
          List<OfficialDay> sorted = new ArrayList<>(list);
          sorted.sort((a, b) -> a.date().compareTo(b.date()));
          out.put(y, List.copyOf(sorted));
        });
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Reads an iCalendar file (RFC 5545) of holidays and make-up working days.
   *
   * @param ics the text
   * @param origin where it came from (a file name)
   * @return the table
   * @throws CxValidationException naming the origin and line of a bad or missing date
   */
  public static HolidayTable fromIcs(String ics, String origin) {
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    String[] raw = ics.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && !lines.isEmpty()) {
        int last = lines.size() - 1;
        lines.set(last, lines.get(last) + line.substring(1));
      } else if (!line.isEmpty()) {
        lines.add(line);
        numbers.add(i + 1);
      }
    }
    String name = origin;
    SortedSet<Integer> declared = new TreeSet<>();
    List<Object[]> events = new ArrayList<>();
    Map<String, String> event = null;
    int eventLine = 0;
    boolean sawCalendar = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw bad(origin, "line " + numbers.get(i) + ": not a property line: \"" + line + "\"");
      }
      String head = line.substring(0, colon);
      String property = head.split(";", 2)[0].toUpperCase(Locale.ROOT);
      String value = unescape(line.substring(colon + 1));
      if (property.equals("BEGIN") && value.equalsIgnoreCase("VCALENDAR")) {
        sawCalendar = true;
      } else if (property.equals("BEGIN") && value.equalsIgnoreCase("VEVENT")) {
        event = new TreeMap<>();
        eventLine = numbers.get(i);
      } else if (property.equals("END") && value.equalsIgnoreCase("VEVENT")) {
        if (event != null) {
          events.add(new Object[] {eventLine, event});
        }
        event = null;
      } else if (event != null) {
        event.put(property, value);
        event.put(property + "#line", String.valueOf(numbers.get(i)));
      } else if (property.equals("X-WR-CALNAME") || property.equals("NAME")) {
        name = value;
      } else if (property.equals("X-CX4J-YEARS")) {
        for (String y : value.split(",")) {
          try {
            declared.add(Integer.parseInt(y.strip()));
          } catch (NumberFormatException e) {
            throw bad(
                origin,
                "line "
                    + numbers.get(i)
                    + ": X-CX4J-YEARS must list years such as 2027, was \""
                    + value
                    + "\"");
          }
        }
      }
    }
    if (!sawCalendar) {
      throw bad(origin, "not an iCalendar file: no BEGIN:VCALENDAR");
    }
    List<Object[]> parsed = new ArrayList<>();
    SortedSet<Integer> seen = new TreeSet<>();
    for (Object[] e : events) {
      @SuppressWarnings("unchecked")
      Map<String, String> props = (Map<String, String>) e[1];
      String where = "line " + e[0];
      LocalDate start = icsDate(origin, props, "DTSTART", where);
      LocalDate end =
          props.containsKey("DTEND") ? icsDate(origin, props, "DTEND", where).minusDays(1) : start;
      if (end.isBefore(start)) {
        end = start;
      }
      String summary = props.getOrDefault("SUMMARY", name);
      String categories = props.getOrDefault("CATEGORIES", "").toUpperCase(Locale.ROOT);
      String marker = props.getOrDefault("X-CX4J-KIND", "").strip().toUpperCase(Locale.ROOT);
      boolean working =
          marker.equals("WORKING_DAY")
              || categories.contains("WORKING_DAY")
              || summary.contains("补班")
              || summary.contains("上班")
              || summary.toLowerCase(Locale.ROOT).contains("working day");
      parsed.add(
          new Object[] {
            where,
            start,
            end,
            working ? OfficialDayKind.WORKING_DAY : OfficialDayKind.HOLIDAY,
            summary
          });
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        seen.add(d.getYear());
      }
    }
    SortedSet<Integer> years = declared.isEmpty() ? seen : declared;
    if (years.isEmpty()) {
      throw bad(origin, "no VEVENT and no X-CX4J-YEARS: the file covers no year");
    }
    Map<Integer, List<OfficialDay>> byYear = new TreeMap<>();
    for (Object[] p : parsed) {
      add(
          origin,
          (String) p[0],
          byYear,
          years,
          (LocalDate) p[1],
          (LocalDate) p[2],
          (OfficialDayKind) p[3],
          (String) p[4],
          name);
    }
    return new HolidayTable(
        name, java.util.Collections.unmodifiableSortedSet(years), freeze(byYear));
  }

  private static LocalDate icsDate(
      String origin, Map<String, String> props, String property, String where) {
    String value = props.get(property);
    String line = props.getOrDefault(property + "#line", where.substring(5));
    if (value == null) {
      throw bad(origin, where + ": the VEVENT has no " + property);
    }
    String date = value.length() >= 8 ? value.substring(0, 8) : value;
    try {
      return LocalDate.parse(date, ICS_DATE);
    } catch (DateTimeParseException e) {
      throw bad(
          origin,
          "line "
              + line
              + ": "
              + property
              + " must be a date such as 20270101, was \""
              + value
              + "\"");
    }
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\");
  }
}
