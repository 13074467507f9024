/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.customer.StrategicCriterion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Scores and ranks strategic customers by the seven criteria of course file "Understanding Customer
 * Service" (deal size, influence on other customers, stability, competition for the customer,
 * unique value-add opportunity, cost-saving opportunity, future potential): score = {@code sum_c
 * w_c r_c / sum_c w_c}, with ratings {@code r_c} on the declared scale and weights {@code w_c}
 * (equal by default), a simple additive weighting as in multi-criteria decision analysis.
 */
public final class StrategicCustomers {
  private static final StrategicCriterion[] CRITERIA = StrategicCriterion.values();

  private StrategicCustomers() {}

  /**
   * Scores and ranks customers from columns of ratings.
   *
   * @param criteria the scale and weights
   * @param customers the customers, distinct
   * @param ratings {@code ratings[i][c]} is customer {@code i}'s rating on criterion {@code c} (in
   *     {@link StrategicCriterion} order), on the declared scale
   * @return the scores, most strategic first (ties in input order)
   * @throws CxValidationException if the sizes differ, a row does not hold 7 ratings or a rating is
   *     off the scale
   */
  public static List<StrategicScore> rank(
      StrategicCriteria criteria, List<CustomerId> customers, int[][] ratings) {
    if (customers.size() != ratings.length) {
      throw CxValidationException.of(
          "StrategicCustomers.ratings",
          "hold one row per customer (" + customers.size() + ")",
          ratings.length);
    }
    int n = ratings.length;
    // weights over the largest weight (each <= 1, so no product overflows; equal weights stay
    // exactly 1 and equal ratings give equal scores exactly), divided once by their sum
    double maxWeight = 0;
    for (StrategicCriterion c : CRITERIA) {
      maxWeight = Math.max(maxWeight, criteria.weight(c));
    }
    double[] weights = new double[CRITERIA.length];
    double weightSum = 0;
    for (StrategicCriterion c : CRITERIA) {
      weights[c.ordinal()] = criteria.weight(c) / maxWeight;
      weightSum += weights[c.ordinal()];
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      int[] row = ratings[i];
      if (row.length != CRITERIA.length) {
        throw CxValidationException.of(
            "StrategicCustomers.ratings[" + i + "]", "hold 7 ratings", row.length);
      }
      double s = 0;
      for (int c = 0; c < CRITERIA.length; c++) {
        criteria
            .scale()
            .require(row[c], "StrategicCustomers.ratings[" + i + "][" + CRITERIA[c] + "]");
        s += weights[c] * row[c];
      }
      // keep the mean within the scale against rounding
      scores[i] = Math.min(criteria.scale().max(), Math.max(criteria.scale().min(), s / weightSum));
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
    List<StrategicScore> out = new ArrayList<>(n);
    int rank = 0;
    for (int pos = 0; pos < n; pos++) {
      int i = order[pos];
      if (pos == 0 || scores[i] != scores[order[pos - 1]]) {
        rank = pos + 1;
      }
      out.add(
          StrategicScore.builder()
              .customer(customers.get(i))
              .score(scores[i])
              .normalised(criteria.scale().normalise(scores[i]))
              .rank(rank)
              .strongest(extreme(ratings[i], true))
              .weakest(extreme(ratings[i], false))
              .build());
    }
    return List.copyOf(out);
  }

  /**
   * Scores and ranks customers from their recorded ratings.
   *
   * @param criteria the scale and weights
   * @param ratings one record per customer, each with all seven criteria
   * @return the scores, most strategic first
   * @throws CxValidationException if a record misses a criterion or a rating is off the scale
   */
  public static List<StrategicScore> rank(
      StrategicCriteria criteria, List<StrategicRating> ratings) {
    List<CustomerId> customers = new ArrayList<>(ratings.size());
    int[][] rows = new int[ratings.size()][];
    for (int i = 0; i < ratings.size(); i++) {
      StrategicRating r = ratings.get(i);
      customers.add(r.customer());
      rows[i] = new int[CRITERIA.length];
      for (StrategicCriterion c : CRITERIA) {
        Integer value = r.ratings().get(c);
        if (value == null) {
          throw CxValidationException.of(
              "StrategicRating.ratings", "rate " + c.name() + " for " + r.customer(), r.ratings());
        }
        rows[i][c.ordinal()] = value;
      }
    }
    return rank(criteria, customers, rows);
  }

  private static List<StrategicCriterion> extreme(int[] row, boolean highest) {
    int best = row[0];
    for (int v : row) {
      best = highest ? Math.max(best, v) : Math.min(best, v);
    }
    List<StrategicCriterion> out = new ArrayList<>();
    for (int c = 0; c < row.length; c++) {
      if (row[c] == best) {
        out.add(CRITERIA[c]);
      }
    }
    return out;
  }
}
