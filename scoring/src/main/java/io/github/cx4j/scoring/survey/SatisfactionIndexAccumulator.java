/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.Arrays;

/**
 * A mergeable accumulator for {@link SatisfactionIndex}: for every pair of items the number of
 * respondents who answered both, their sums and the sum of products, all as exact integers, so any
 * split and merge order gives the same result.
 */
public final class SatisfactionIndexAccumulator {
  private final RatingScale scale;
  private final double[] weights;
  private final InputPolicy policy;
  private final int k;

  /** pairN[j][k]: respondents who answered j and k; diagonal: answered j. */
  private final long[][] pairN;

  /** pairSum[j][k]: sum of answers to j among those who answered j and k. */
  private final long[][] pairSum;

  /** pairProduct[j][k]: sum of products of answers to j and k. */
  private final long[][] pairProduct;

  private final long[] missing;
  private final long[] invalid;
  private long respondents;

  SatisfactionIndexAccumulator(RatingScale scale, double[] weights, InputPolicy policy) {
    this.scale = scale;
    this.weights = weights;
    this.policy = policy;
    this.k = weights.length;
    this.pairN = new long[k][k];
    this.pairSum = new long[k][k];
    this.pairProduct = new long[k][k];
    this.missing = new long[k];
    this.invalid = new long[k];
  }

  /**
   * Adds one respondent's answers.
   *
   * @param answers one answer per item, {@link Survey#MISSING} if unanswered
   * @return this accumulator
   */
  public SatisfactionIndexAccumulator add(int... answers) {
    return add(answers, -1);
  }

  SatisfactionIndexAccumulator add(int[] answers, int row) {
    if (answers.length != k) {
      throw CxValidationException.of(
          "SatisfactionIndex.answers", "have one answer per item (" + k + ")", answers.length);
    }
    boolean[] valid = new boolean[k];
    for (int j = 0; j < k; j++) {
      int a = answers[j];
      String field = "SatisfactionIndex.items[" + j + "]" + (row < 0 ? "" : "[" + row + "]");
      if (scale.contains(a)) {
        valid[j] = true;
      } else if (a == Survey.MISSING) {
        if (policy == InputPolicy.REJECT) {
          throw CxValidationException.withMessage(
              field, field + " must be answered under policy REJECT, was unanswered");
        }
        missing[j]++;
      } else {
        if (policy != InputPolicy.SKIP) {
          throw CxValidationException.of(field, "be within " + scale, a);
        }
        invalid[j]++;
      }
    }
    respondents++;
    for (int j = 0; j < k; j++) {
      if (!valid[j]) {
        continue;
      }
      for (int m = 0; m < k; m++) {
        if (valid[m]) {
          pairN[j][m]++;
          pairSum[j][m] += answers[j];
          pairProduct[j][m] += (long) answers[j] * answers[m];
        }
      }
    }
    return this;
  }

  /**
   * Adds another accumulator's data.
   *
   * @param other an accumulator with the same scale, weights and policy
   * @return this accumulator
   */
  public SatisfactionIndexAccumulator merge(SatisfactionIndexAccumulator other) {
    if (!scale.equals(other.scale)
        || !Arrays.equals(weights, other.weights)
        || policy != other.policy) {
      throw CxValidationException.of(
          "SatisfactionIndex.merge", "combine the same scale, weights and policy", other.scale);
    }
    for (int j = 0; j < k; j++) {
      for (int m = 0; m < k; m++) {
        pairN[j][m] += other.pairN[j][m];
        pairSum[j][m] += other.pairSum[j][m];
        pairProduct[j][m] += other.pairProduct[j][m];
      }
      missing[j] += other.missing[j];
      invalid[j] += other.invalid[j];
    }
    respondents += other.respondents;
    return this;
  }

  /**
   * The index of everything added.
   *
   * @return the result
   * @throws CxValidationException if an item with a positive weight has no valid answer
   */
  public SatisfactionIndexResult result() {
    double range = scale.max() - scale.min();
    double[] means = new double[k];
    long[] n = new long[k];
    for (int j = 0; j < k; j++) {
      n[j] = pairN[j][j];
      if (n[j] == 0) {
        throw CxValidationException.of(
            "SatisfactionIndex.items[" + j + "]",
            "have at least one valid answer ("
                + missing[j]
                + " unanswered, "
                + invalid[j]
                + " invalid)",
            0);
      }
      means[j] = pairSum[j][j] / (double) n[j];
    }
    double index = 0;
    for (int j = 0; j < k; j++) {
      index += weights[j] * (means[j] - scale.min()) / range;
    }
    double var = 0;
    for (int j = 0; j < k; j++) {
      for (int m = 0; m < k; m++) {
        long njm = pairN[j][m];
        if (njm < 2 || weights[j] == 0 || weights[m] == 0) {
          continue;
        }
        double cov = (pairProduct[j][m] - pairSum[j][m] * (double) pairSum[m][j] / njm) / (njm - 1);
        var += weights[j] * weights[m] * cov * njm / ((double) n[j] * n[m]);
      }
    }
    double se = 100 * Math.sqrt(Math.max(0, var)) / range;
    return new SatisfactionIndexResult(
        Math.min(100, Math.max(0, 100 * index)),
        se,
        respondents,
        means,
        n,
        missing.clone(),
        invalid.clone(),
        weights.clone());
  }

  /**
   * The exact integer state, for engines that ship partial results between machines (the {@code
   * cx4j-spark} aggregation buffer): the pair counts, sums and products row by row, then the
   * unanswered and invalid counts per item, then the respondent count.
   *
   * @return {@code 3 k^2 + 2 k + 1} longs
   */
  public long[] state() {
    long[] out = new long[3 * k * k + 2 * k + 1];
    int i = 0;
    for (long[][] table : new long[][][] {pairN, pairSum, pairProduct}) {
      for (long[] row : table) {
        System.arraycopy(row, 0, out, i, k);
        i += k;
      }
    }
    System.arraycopy(missing, 0, out, i, k);
    System.arraycopy(invalid, 0, out, i + k, k);
    out[i + 2 * k] = respondents;
    return out;
  }

  /**
   * Adds a state from {@link #state()} of an accumulator with the same scale, weights and policy.
   *
   * @param state the state
   * @return this accumulator
   * @throws CxValidationException if the state does not have {@code 3 k^2 + 2 k + 1} entries
   */
  public SatisfactionIndexAccumulator mergeState(long[] state) {
    if (state.length != 3 * k * k + 2 * k + 1) {
      throw CxValidationException.of(
          "SatisfactionIndex.state", "have " + (3 * k * k + 2 * k + 1) + " entries", state.length);
    }
    int i = 0;
    for (long[][] table : new long[][][] {pairN, pairSum, pairProduct}) {
      for (long[] row : table) {
        for (int m = 0; m < k; m++) {
          row[m] += state[i++];
        }
      }
    }
    for (int j = 0; j < k; j++) {
      missing[j] += state[i + j];
      invalid[j] += state[i + k + j];
    }
    respondents += state[i + 2 * k];
    return this;
  }
}
