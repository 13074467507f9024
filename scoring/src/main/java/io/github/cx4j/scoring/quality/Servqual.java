/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.InputPolicy;
import java.util.stream.Collector;

/**
 * SERVQUAL gap scores (Parasuraman, Zeithaml and Berry 1988): for each of the 22 items the mean gap
 * perception - expectation, for each dimension the mean of its item gaps, and the overall score
 * unweighted (mean of the five dimension gaps) or weighted by the importance respondents give the
 * dimensions (the instrument's 100-point allocation). A negative gap means service below
 * expectation.
 *
 * <p>Columns are item-major: {@code expectations[j][i]} is respondent i's expectation for item j+1;
 * {@link io.github.cx4j.scoring.survey.Survey#MISSING} marks an unanswered item; a pair with a
 * missing rating is skipped and counted for that item.
 */
public final class Servqual {
  /** The number of items. */
  public static final int ITEMS = 22;

  private Servqual() {}

  /**
   * Scores item-major columns.
   *
   * @param expectations 22 columns of expectation ratings
   * @param perceptions 22 columns of perception ratings, same lengths
   * @param scale the rating scale (1..7 in the original instrument)
   * @param policy the input policy for off-scale ratings and missing answers
   * @return the result
   */
  public static ServqualResult score(
      int[][] expectations, int[][] perceptions, RatingScale scale, InputPolicy policy) {
    check(expectations, "expectations");
    check(perceptions, "perceptions");
    int n = expectations[0].length;
    for (int j = 0; j < ITEMS; j++) {
      if (expectations[j].length != n || perceptions[j].length != n) {
        throw CxValidationException.of(
            "Servqual.columns[" + j + "]",
            "have " + n + " rows",
            expectations[j].length + "/" + perceptions[j].length);
      }
    }
    ServqualAccumulator acc = accumulator(scale, policy);
    int[] e = new int[ITEMS];
    int[] p = new int[ITEMS];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < ITEMS; j++) {
        e[j] = expectations[j][i];
        p[j] = perceptions[j][i];
      }
      acc.add(e, p, i);
    }
    return acc.result();
  }

  private static void check(int[][] columns, String name) {
    if (columns.length != ITEMS) {
      throw CxValidationException.of("Servqual." + name, "have 22 item columns", columns.length);
    }
  }

  /**
   * An empty accumulator.
   *
   * @param scale the rating scale
   * @param policy the input policy
   * @return the accumulator
   */
  public static ServqualAccumulator accumulator(RatingScale scale, InputPolicy policy) {
    return new ServqualAccumulator(scale, policy);
  }

  /**
   * One respondent's 22 expectation and 22 perception ratings, in item order ({@link
   * io.github.cx4j.scoring.survey.Survey#MISSING} for an unanswered item).
   *
   * @param expectations the expectation ratings
   * @param perceptions the perception ratings
   */
  public record Response(int[] expectations, int[] perceptions) {
    /**
     * Copies the ratings.
     *
     * @param expectations the expectation ratings
     * @param perceptions the perception ratings
     */
    public Response {
      expectations = expectations.clone();
      perceptions = perceptions.clone();
    }
  }

  /**
   * A collector of responses.
   *
   * @param scale the rating scale
   * @param policy the input policy
   * @return the collector
   */
  public static Collector<Response, ?, ServqualResult> collector(
      RatingScale scale, InputPolicy policy) {
    return Collector.of(
        () -> accumulator(scale, policy),
        (acc, r) -> acc.add(r.expectations(), r.perceptions()),
        ServqualAccumulator::merge,
        ServqualAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }
}
