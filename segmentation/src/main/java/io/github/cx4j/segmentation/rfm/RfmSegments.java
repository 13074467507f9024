/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The segment of every scored customer, as a column of rule indices (-1 for {@code "Others"}), with
 * the scores and the segmentation that produced it. Made by {@link
 * RfmSegmentation#assign(RfmScores)}; immutable.
 */
public final class RfmSegments {
  private final RfmScores scores;
  private final RfmSegmentation segmentation;
  private final byte[] segment;

  RfmSegments(RfmScores scores, RfmSegmentation segmentation, byte[] segment) {
    this.scores = scores;
    this.segmentation = segmentation;
    this.segment = segment;
  }

  /**
   * The number of customers.
   *
   * @return the count
   */
  public int size() {
    return segment.length;
  }

  /**
   * The scores.
   *
   * @return the scores
   */
  public RfmScores scores() {
    return scores;
  }

  /**
   * The segmentation.
   *
   * @return the rule list
   */
  public RfmSegmentation segmentation() {
    return segmentation;
  }

  /**
   * Customer {@code i}'s rule index.
   *
   * @param i the customer's position
   * @return the index of the first matching rule, or -1 for {@code "Others"}
   */
  public int segmentIndex(int i) {
    return segment[i];
  }

  /**
   * Customer {@code i}'s segment name.
   *
   * @param i the customer's position
   * @return the name, or {@code "Others"}
   */
  public String segmentName(int i) {
    return segmentation.segmentName(segment[i]);
  }

  /**
   * Customer {@code i}'s segment label in a language.
   *
   * @param i the customer's position
   * @param locale the language
   * @return the label
   */
  public String segmentLabel(int i, Locale locale) {
    return segmentation.segmentLabel(segment[i], locale);
  }

  /**
   * Customers per segment, in rule order, then {@code "Others"}.
   *
   * @return {@code rules().size() + 1} counts
   */
  public long[] counts() {
    int rules = segmentation.rules().size();
    long[] counts = new long[rules + 1];
    for (byte s : segment) {
      counts[s < 0 ? rules : s]++;
    }
    return counts;
  }

  /**
   * The segment summary of the R package {@code rfm} ({@code rfm_segment_summary}) with shares: per
   * segment (rule order, then {@code "Others"}; segments without customers included) the customers,
   * purchases, revenue, average order value (revenue / purchases) and each count's share of the
   * total.
   *
   * @param purchases purchases per customer, in the order of the scores
   * @param revenue revenue per customer (the total, not the mean), same order
   * @return one row per segment
   * @throws CxValidationException if a column's length differs from the number of customers or
   *     holds a negative purchase count or a non-finite revenue
   */
  public List<SegmentSummary> summary(int[] purchases, double[] revenue) {
    if (purchases.length != segment.length || revenue.length != segment.length) {
      throw CxValidationException.of(
          "RfmSegments.summary",
          "get columns of " + segment.length + " customers",
          "purchases " + purchases.length + ", revenue " + revenue.length);
    }
    int rules = segmentation.rules().size();
    long[] customers = new long[rules + 1];
    long[] orders = new long[rules + 1];
    double[] value = new double[rules + 1];
    for (int i = 0; i < segment.length; i++) {
      if (purchases[i] < 0) {
        throw CxValidationException.of("RfmSegments.purchases[" + i + "]", "be >= 0", purchases[i]);
      }
      if (!Double.isFinite(revenue[i])) {
        throw CxValidationException.of("RfmSegments.revenue[" + i + "]", "be finite", revenue[i]);
      }
      int s = segment[i] < 0 ? rules : segment[i];
      customers[s]++;
      orders[s] += purchases[i];
      value[s] += revenue[i];
    }
    long totalCustomers = segment.length;
    long totalOrders = 0;
    double totalRevenue = 0;
    for (int s = 0; s <= rules; s++) {
      totalOrders += orders[s];
      totalRevenue += value[s];
    }
    if (!Double.isFinite(totalRevenue)) {
      throw CxValidationException.of("RfmSegments.revenue", "have a finite sum", totalRevenue);
    }
    List<SegmentSummary> rows = new ArrayList<>(rules + 1);
    for (int s = 0; s <= rules; s++) {
      int index = s == rules ? -1 : s;
      rows.add(
          SegmentSummary.builder()
              .segment(segmentation.segmentName(index))
              .labelEn(segmentation.segmentLabel(index, Locale.ENGLISH))
              .labelZh(segmentation.segmentLabel(index, Locale.CHINESE))
              .customers(customers[s])
              .purchases(orders[s])
              .revenue(value[s])
              .averageOrderValue(orders[s] == 0 ? 0.0 : value[s] / orders[s])
              .customerShare(share(customers[s], totalCustomers))
              .purchaseShare(share(orders[s], totalOrders))
              .revenueShare(totalRevenue == 0.0 ? 0.0 : value[s] / totalRevenue)
              .build());
    }
    return List.copyOf(rows);
  }

  private static double share(long part, long total) {
    return total == 0 ? 0.0 : part / (double) total;
  }
}
