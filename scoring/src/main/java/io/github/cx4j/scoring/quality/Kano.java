/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.survey.InputPolicy;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * The Kano model (Kano et al. 1984): each answer pair is classified with the 5x5 evaluation table
 * of Berger et al. (1993), rows the functional answer and columns the dysfunctional answer, both in
 * the order like, must-be, neutral, live-with, dislike:
 *
 * <pre>
 *              like  must-be  neutral  live-with  dislike
 * like           Q      A        A         A         O
 * must-be        R      I        I         I         M
 * neutral        R      I        I         I         M
 * live-with      R      I        I         I         M
 * dislike        R      R        R         R         Q
 * </pre>
 *
 * Per feature: counts per category, the dominant category (ties broken M &gt; O &gt; A &gt; I &gt;
 * R &gt; Q, the order of Berger et al.'s "must-be first" rule), Better and Worse coefficients,
 * total and category strength, and Fong's (1996) test between the two most frequent categories.
 */
public final class Kano {
  private static final KanoCategory[] CATEGORIES = KanoCategory.values();

  /** The table as category ordinals, index {@code (functional - 1) * 5 + (dysfunctional - 1)}. */
  private static final byte[] TABLE = {
    5, 0, 0, 0, 1, //
    4, 3, 3, 3, 2, //
    4, 3, 3, 3, 2, //
    4, 3, 3, 3, 2, //
    4, 4, 4, 4, 5
  };

  private Kano() {}

  /**
   * Classifies one answer pair.
   *
   * @param functional the answer when the feature is present
   * @param dysfunctional the answer when it is absent
   * @return the category
   */
  public static KanoCategory classify(KanoAnswer functional, KanoAnswer dysfunctional) {
    return CATEGORIES[TABLE[functional.ordinal() * 5 + dysfunctional.ordinal()]];
  }

  /**
   * Classifies one answer pair given as column codes 1..5.
   *
   * @param functional the functional answer's code
   * @param dysfunctional the dysfunctional answer's code
   * @return the category
   * @throws CxValidationException if a code is outside 1..5
   */
  public static KanoCategory classify(int functional, int dysfunctional) {
    return CATEGORIES[ordinal(functional, dysfunctional, -1)];
  }

  /**
   * Classifies columns of answer codes: the fast path. The result holds {@link
   * KanoCategory#ordinal()} values (0 = A, 1 = O, 2 = M, 3 = I, 4 = R, 5 = Q).
   *
   * @param functional functional answer codes 1..5
   * @param dysfunctional dysfunctional answer codes 1..5, same length
   * @return the category ordinals
   * @throws CxValidationException naming the index of a code outside 1..5
   */
  public static byte[] classify(int[] functional, int[] dysfunctional) {
    if (functional.length != dysfunctional.length) {
      throw CxValidationException.of(
          "Kano.dysfunctional",
          "have the length of functional " + functional.length,
          dysfunctional.length);
    }
    byte[] out = new byte[functional.length];
    for (int i = 0; i < out.length; i++) {
      int f = functional[i] - 1;
      int d = dysfunctional[i] - 1;
      if ((f | d | (4 - f) | (4 - d)) < 0) {
        ordinal(functional[i], dysfunctional[i], i);
      }
      out[i] = TABLE[f * 5 + d];
    }
    return out;
  }

  private static int ordinal(int functional, int dysfunctional, int index) {
    String suffix = index < 0 ? "" : "[" + index + "]";
    if (functional < 1 || functional > 5) {
      throw CxValidationException.of("Kano.functional" + suffix, "be within 1..5", functional);
    }
    if (dysfunctional < 1 || dysfunctional > 5) {
      throw CxValidationException.of(
          "Kano.dysfunctional" + suffix, "be within 1..5", dysfunctional);
    }
    return TABLE[(functional - 1) * 5 + dysfunctional - 1];
  }

  /**
   * Evaluates one feature from its category counts.
   *
   * @param feature the feature's name
   * @param counts counts in {@link KanoCategory} order (A, O, M, I, R, Q), each at least 0, not all
   *     0
   * @return the evaluation
   */
  public static KanoFeatureResult evaluate(String feature, long... counts) {
    return new KanoFeatureResult(feature, counts);
  }

  /**
   * An empty accumulator for one feature.
   *
   * @param feature the feature's name
   * @return the accumulator
   */
  public static KanoAccumulator accumulator(String feature) {
    return accumulator(feature, InputPolicy.REJECT_INVALID);
  }

  /**
   * An empty accumulator for one feature with a policy for unanswered and invalid codes.
   *
   * @param feature the feature's name
   * @param policy the input policy
   * @return the accumulator
   */
  public static KanoAccumulator accumulator(String feature, InputPolicy policy) {
    if (feature.isBlank()) {
      throw CxValidationException.of("Kano.feature", "not be blank", feature);
    }
    return new KanoAccumulator(feature, policy);
  }

  /**
   * A collector of responses that evaluates every feature.
   *
   * @return the collector: feature name to evaluation, in name order
   */
  public static Collector<KanoResponse, ?, SortedMap<String, KanoFeatureResult>> collector() {
    return Collector
        .<KanoResponse, TreeMap<String, KanoAccumulator>, SortedMap<String, KanoFeatureResult>>of(
            TreeMap::new,
            (map, r) -> map.computeIfAbsent(r.feature(), KanoAccumulator::new).add(r),
            (left, right) -> {
              right.forEach((k, v) -> left.merge(k, v, KanoAccumulator::merge));
              return left;
            },
            map -> {
              SortedMap<String, KanoFeatureResult> out = new TreeMap<>();
              map.forEach((k, v) -> out.put(k, v.result()));
              return out;
            },
            Collector.Characteristics.UNORDERED);
  }
}
