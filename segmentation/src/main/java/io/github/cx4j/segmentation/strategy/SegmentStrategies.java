/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.customer.CustomerStrategy;
import io.github.cx4j.core.customer.Novelty;
import io.github.cx4j.segmentation.rfm.RfmRule;
import io.github.cx4j.segmentation.rfm.RfmSegment;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.segmentation.rfm.RfmSegments;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns a customer strategy of course file "Understanding Customer Service" to every segment of
 * an RFM segmentation and counts the customers per strategy.
 *
 * <p>Default positions in the matrix (this library's reading of the segments, overridable per
 * segment): Champions and Loyal Customers are existing customers to whom new offers are made
 * (expansion, which the seed says goes with loyalty); Lost customers are approached as new
 * customers again with the existing offers (acquisition, winning them back); every other segment,
 * "Others" and every custom rule: existing customers, existing offers (loyalty). No RFM segment is
 * placed in diversification by default: it needs new customers and new offers, which a purchase
 * history cannot show.
 */
public final class SegmentStrategies {
  private SegmentStrategies() {}

  /**
   * The default position of a preset segment.
   *
   * @param segment the preset
   * @return its position
   */
  public static SegmentStrategy forSegment(RfmSegment segment) {
    return switch (segment) {
      case CHAMPIONS, LOYAL_CUSTOMERS ->
          SegmentStrategy.of(segment.englishName(), Novelty.EXISTING, Novelty.NEW);
      case LOST -> SegmentStrategy.of(segment.englishName(), Novelty.NEW, Novelty.EXISTING);
      default -> SegmentStrategy.of(segment.englishName(), Novelty.EXISTING, Novelty.EXISTING);
    };
  }

  /**
   * The default plan for a segmentation: one position per rule, in rule order, then {@code
   * "Others"}.
   *
   * @param segmentation the rule list
   * @return the positions
   */
  public static List<SegmentStrategy> defaultPlan(RfmSegmentation segmentation) {
    List<SegmentStrategy> plan = new ArrayList<>();
    for (RfmRule rule : segmentation.rules()) {
      plan.add(
          rule.preset()
              .map(
                  p ->
                      SegmentStrategy.of(
                          rule.name(), forSegment(p).customers(), forSegment(p).offers()))
              .orElse(SegmentStrategy.of(rule.name(), Novelty.EXISTING, Novelty.EXISTING)));
    }
    plan.add(forSegment(RfmSegment.OTHERS));
    return List.copyOf(plan);
  }

  /**
   * Customers per strategy under a plan.
   *
   * @param segments the segmented customers
   * @param plan a position for every segment name of the segmentation and for {@code "Others"}
   * @return the number of customers per strategy (all four present)
   * @throws CxValidationException if the plan misses a segment
   */
  public static Map<CustomerStrategy, Long> mix(RfmSegments segments, List<SegmentStrategy> plan) {
    Map<String, CustomerStrategy> byName = new HashMap<>();
    for (SegmentStrategy s : plan) {
      byName.put(s.segment(), s.strategy());
    }
    RfmSegmentation segmentation = segments.segmentation();
    long[] counts = segments.counts();
    Map<CustomerStrategy, Long> out = new EnumMap<>(CustomerStrategy.class);
    for (CustomerStrategy s : CustomerStrategy.values()) {
      out.put(s, 0L);
    }
    for (int k = 0; k < counts.length; k++) {
      String name = segmentation.segmentName(k == counts.length - 1 ? -1 : k);
      CustomerStrategy strategy = byName.get(name);
      if (strategy == null) {
        throw CxValidationException.of(
            "SegmentStrategies.plan", "place every segment, missing", name);
      }
      out.merge(strategy, counts[k], Long::sum);
    }
    return out;
  }
}
