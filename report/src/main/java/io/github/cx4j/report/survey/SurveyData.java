/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.quality.KanoResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a survey for {@link SurveyCharts#report}: one row per respondent; parts that a
 * survey lacks are empty and their charts are left out.
 *
 * @param groups the group of each row (for example the region), {@code ""} where none
 * @param times when each row was answered, if known
 * @param recommend the 0-10 likelihood to recommend per row, -1 where blank; empty if not asked
 * @param csat the satisfaction rating per row, -1 where blank; empty if not asked
 * @param csatScale the scale of {@code csat}
 * @param csatTopBoxes how many top boxes count as satisfied
 * @param attributes the names of the rated attributes (drivers), possibly none
 * @param performance the rating of each attribute, {@code [attribute][row]}
 * @param importance the stated importance of each attribute, {@code [attribute][row]}, or no rows
 * @param attributeScale the scale of performance and importance
 * @param overall the overall satisfaction per row (the outcome of the key drivers), or empty
 * @param kano the Kano answers, possibly none
 */
public record SurveyData(
    List<String> groups,
    List<Optional<Instant>> times,
    int[] recommend,
    int[] csat,
    RatingScale csatScale,
    int csatTopBoxes,
    List<String> attributes,
    double[][] performance,
    double[][] importance,
    RatingScale attributeScale,
    double[] overall,
    List<KanoResponse> kano) {

  /** Checks that the per-row columns agree in length. */
  public SurveyData {
    groups = List.copyOf(groups);
    times = List.copyOf(times);
    attributes = List.copyOf(attributes);
    kano = List.copyOf(kano);
    int n = groups.size();
    check("times", times.size(), n);
    if (recommend.length > 0) {
      check("recommend", recommend.length, n);
    }
    if (csat.length > 0) {
      check("csat", csat.length, n);
    }
    check("performance", performance.length, attributes.size());
    for (double[] p : performance) {
      check("performance", p.length, n);
    }
    if (importance.length > 0) {
      check("importance", importance.length, attributes.size());
    }
    if (overall.length > 0) {
      check("overall", overall.length, n);
    }
  }

  private static void check(String field, int length, int expected) {
    if (length != expected) {
      throw CxValidationException.of("SurveyData." + field, "have " + expected + " rows", length);
    }
  }

  /**
   * The number of rows.
   *
   * @return the respondents
   */
  public int size() {
    return groups.size();
  }
}
