/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.tier;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.customer.CustomerTier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The tier of every customer of a value column, as a column of tier constants, with a summary per
 * tier and the value thresholds that separate the tiers. Made by {@link Tiering}; immutable.
 *
 * @param <T> the tier type ({@link AbcClass}, {@link PyramidTier} or {@link CustomerTier})
 */
public final class Tiers<T extends Enum<T> & Labelled> {
  private final T[] constants;
  private final byte[] tier;
  private final Function<T, CustomerTier> customerTier;
  private final List<TierSummary> summary;
  private final List<Double> thresholds;

  Tiers(
      T[] constants,
      byte[] tier,
      double[] values,
      Function<T, CustomerTier> customerTier,
      double[] thresholds) {
    this.constants = constants;
    this.tier = tier;
    this.customerTier = customerTier;
    this.thresholds = Arrays.stream(thresholds).boxed().toList();
    this.summary = summarise(values);
  }

  /**
   * The number of customers.
   *
   * @return the count
   */
  public int size() {
    return tier.length;
  }

  /**
   * Customer {@code i}'s tier.
   *
   * @param i the customer's position in the value column
   * @return the tier
   */
  public T tier(int i) {
    return constants[tier[i]];
  }

  /**
   * Customer {@code i}'s tier of course file "Understanding Customer Service", which carries the
   * service approach.
   *
   * @param i the customer's position
   * @return the tier
   */
  public CustomerTier customerTier(int i) {
    return customerTier.apply(tier(i));
  }

  /**
   * The tiers' ordinals per customer.
   *
   * @return a new array
   */
  public byte[] ordinals() {
    return Arrays.copyOf(tier, tier.length);
  }

  /**
   * One row per tier, in the tier type's order (highest tier first), empty tiers included.
   *
   * @return the summary
   */
  public List<TierSummary> summary() {
    return summary;
  }

  /**
   * The value thresholds, highest first: a customer is in the first tier whose threshold the value
   * reaches ({@code >=}, for cumulative-share tiers) or exceeds ({@code >}, for percentile tiers);
   * see {@link Tiering}.
   *
   * @return one threshold per boundary between tiers of positive values
   */
  public List<Double> thresholds() {
    return thresholds;
  }

  /**
   * The number of customers in a tier.
   *
   * @param t the tier
   * @return the count
   */
  public long count(T t) {
    return summary.get(t.ordinal()).customers();
  }

  private List<TierSummary> summarise(double[] values) {
    int k = constants.length;
    long[] counts = new long[k];
    double[] sums = new double[k];
    double[] min = new double[k];
    double[] max = new double[k];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    double positive = 0;
    for (int i = 0; i < tier.length; i++) {
      int t = tier[i];
      double v = values[i];
      counts[t]++;
      sums[t] += v;
      min[t] = Math.min(min[t], v);
      max[t] = Math.max(max[t], v);
      if (v > 0) {
        positive += v;
      }
    }
    if (Double.isInfinite(positive)) {
      throw io.github.cx4j.core.CxValidationException.of(
          "Tiering.values", "have a finite sum of positive values", positive);
    }
    List<TierSummary> rows = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      T c = constants[t];
      CustomerTier ct = customerTier.apply(c);
      TierSummary.Builder row =
          TierSummary.builder()
              .tier(c.code())
              .labelEn(c.label(Locale.ENGLISH))
              .labelZh(c.label(Locale.CHINESE))
              .customerTier(ct)
              .serviceApproach(ct.serviceApproach())
              .customers(counts[t])
              .value(sums[t])
              .customerShare(tier.length == 0 ? 0.0 : counts[t] / (double) tier.length)
              .valueShare(positive > 0 ? sums[t] / positive : 0.0);
      if (counts[t] > 0) {
        row.minValue(min[t]).maxValue(max[t]);
      }
      rows.add(row.build());
    }
    return List.copyOf(rows);
  }
}
