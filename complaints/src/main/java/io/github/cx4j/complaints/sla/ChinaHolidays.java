/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.CxValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The official mainland-China schedule of public holidays and make-up working days (调休), bundled
 * for 2020 to 2026, transcribed from the State Council General Office's annual notices
 * "国务院办公厅关于{@literal <year>}年部分节假日安排的通知" (国办发明电〔2019〕16号 for 2020 with its extension 国办发明电〔2020〕1号,
 * 〔2020〕27号 for 2021, 〔2021〕11号 for 2022, 〔2022〕16号 for 2023, 〔2023〕7号 for 2024, 〔2024〕12号 for
 * 2025, and the notice of 2025-11-04 for 2026).
 *
 * <p>Holidays are the whole announced breaks, weekends inside them included. Years without a
 * published notice are refused rather than guessed; the notice for 2027 (not yet published) may
 * still move days at the very end of 2026, as the 2023 notice did with 2022-12-31. Hong Kong, Macao
 * and Taiwan follow other schedules and are not covered.
 */
public final class ChinaHolidays implements HolidaySource {
  /** First year covered. */
  public static final int FIRST_YEAR = 2020;

  /** Last year covered. */
  public static final int LAST_YEAR = 2026;

  private static final ChinaHolidays OFFICIAL = load();

  private final Map<Integer, List<OfficialDay>> byYear;

  private ChinaHolidays(Map<Integer, List<OfficialDay>> byYear) {
    this.byYear = byYear;
  }

  /**
   * The bundled official schedule.
   *
   * @return the source
   */
  public static ChinaHolidays official() {
    return OFFICIAL;
  }

  @Override
  public List<OfficialDay> days(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw CxValidationException.of(
          "ChinaHolidays.year",
          "be one of the published years " + FIRST_YEAR + ".." + LAST_YEAR,
          year);
    }
    return byYear.getOrDefault(year, List.of());
  }

  private static ChinaHolidays load() {
    String resource = "china-mainland-holidays.csv";
    Map<Integer, List<OfficialDay>> byYear = new TreeMap<>();
    try (InputStream in = ChinaHolidays.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(",", 5);
        LocalDate first = LocalDate.parse(cells[0]);
        LocalDate last = LocalDate.parse(cells[1]);
        OfficialDayKind kind = OfficialDayKind.valueOf(cells[2]);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
          byYear
              .computeIfAbsent(d.getYear(), y -> new ArrayList<>())
              .add(new OfficialDay(d, kind, cells[3], cells[4]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byYear.replaceAll((y, list) -> Collections.unmodifiableList(list));
    return new ChinaHolidays(byYear);
  }
}
