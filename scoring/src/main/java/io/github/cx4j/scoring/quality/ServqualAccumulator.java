/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.Survey;

/**
 * A mergeable SERVQUAL accumulator: per item the number of complete pairs and the integer sums of
 * expectations, perceptions, gaps and squared gaps, so any split and merge order gives the same
 * result.
 */
public final class ServqualAccumulator {
  private final RatingScale scale;
  private final InputPolicy policy;
  private final long[] n = new long[Servqual.ITEMS];
  private final long[] sumE = new long[Servqual.ITEMS];
  private final long[] sumP = new long[Servqual.ITEMS];
  private final long[] sumGap = new long[Servqual.ITEMS];
  private final long[] sumGap2 = new long[Servqual.ITEMS];
  private final long[] skipped = new long[Servqual.ITEMS];
  private long respondents;

  ServqualAccumulator(RatingScale scale, InputPolicy policy) {
    this.scale = scale;
    this.policy = policy;
  }

  /**
   * Adds one respondent.
   *
   * @param expectations 22 expectation ratings in item order
   * @param perceptions 22 perception ratings in item order
   * @return this accumulator
   */
  public ServqualAccumulator add(int[] expectations, int[] perceptions) {
    return add(expectations, perceptions, -1);
  }

  ServqualAccumulator add(int[] expectations, int[] perceptions, int row) {
    if (expectations.length != Servqual.ITEMS || perceptions.length != Servqual.ITEMS) {
      throw CxValidationException.of(
          "Servqual.ratings",
          "have 22 expectations and 22 perceptions",
          expectations.length + "/" + perceptions.length);
    }
    for (int j = 0; j < Servqual.ITEMS; j++) {
      check(expectations[j], "expectations", j, row);
      check(perceptions[j], "perceptions", j, row);
    }
    respondents++;
    for (int j = 0; j < Servqual.ITEMS; j++) {
      int e = expectations[j];
      int p = perceptions[j];
      if (!scale.contains(e) || !scale.contains(p)) {
        skipped[j]++;
        continue;
      }
      long gap = (long) p - e;
      n[j]++;
      sumE[j] += e;
      sumP[j] += p;
      sumGap[j] += gap;
      sumGap2[j] += gap * gap;
    }
    return this;
  }

  private void check(int value, String what, int item, int row) {
    if (scale.contains(value)) {
      return;
    }
    String field = "Servqual." + what + "[" + item + "]" + (row < 0 ? "" : "[" + row + "]");
    if (value == Survey.MISSING) {
      if (policy == InputPolicy.REJECT) {
        throw CxValidationException.withMessage(
            field, field + " must be answered under policy REJECT, was unanswered");
      }
    } else if (policy != InputPolicy.SKIP) {
      throw CxValidationException.of(field, "be within " + scale, value);
    }
  }

  /**
   * Adds another accumulator's data.
   *
   * @param other an accumulator with the same scale and policy
   * @return this accumulator
   */
  public ServqualAccumulator merge(ServqualAccumulator other) {
    if (!scale.equals(other.scale) || policy != other.policy) {
      throw CxValidationException.of(
          "Servqual.merge",
          "combine the same scale " + scale + " and policy " + policy,
          other.scale + " " + other.policy);
    }
    for (int j = 0; j < Servqual.ITEMS; j++) {
      n[j] += other.n[j];
      sumE[j] += other.sumE[j];
      sumP[j] += other.sumP[j];
      sumGap[j] += other.sumGap[j];
      sumGap2[j] += other.sumGap2[j];
      skipped[j] += other.skipped[j];
    }
    respondents += other.respondents;
    return this;
  }

  /**
   * The gaps.
   *
   * @return the result
   * @throws CxValidationException if an item has no complete pair
   */
  public ServqualResult result() {
    java.util.List<ServqualResult.ItemGap> items = new java.util.ArrayList<>();
    for (ServqualItem item : ServqualItem.all()) {
      int j = item.ordinal();
      if (n[j] == 0) {
        throw CxValidationException.of(
            "Servqual.items[" + j + "]",
            "have at least one complete pair (" + skipped[j] + " skipped)",
            0);
      }
      double mean = sumGap[j] / (double) n[j];
      double var =
          n[j] < 2
              ? 0
              : Math.max(0, (sumGap2[j] - sumGap[j] * (double) sumGap[j] / n[j]) / (n[j] - 1));
      items.add(
          new ServqualResult.ItemGap(
              item,
              n[j],
              sumE[j] / (double) n[j],
              sumP[j] / (double) n[j],
              mean,
              Math.sqrt(var / n[j]),
              skipped[j]));
    }
    return new ServqualResult(respondents, items);
  }
}
