/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.stream.Collector;

/**
 * Expectation-disconfirmation (Oliver 1980, "A cognitive model of the antecedents and consequences
 * of satisfaction decisions", JMR 17(4):460-469; course file "Customer Satisfaction Management":
 * satisfaction is the match between expectation and perceived experience): per attribute, the gap
 * perception - expectation and its outcome against a {@link ToleranceZone}: delighted, satisfied or
 * dissatisfied.
 */
public final class Disconfirmation {
  private Disconfirmation() {}

  /**
   * The outcome of one gap.
   *
   * @param perception the perceived performance
   * @param expectation the expectation, on the same scale
   * @param zone the tolerance zone
   * @return the outcome
   */
  public static DisconfirmationOutcome classify(
      double perception, double expectation, ToleranceZone zone) {
    if (!Double.isFinite(perception) || !Double.isFinite(expectation)) {
      throw CxValidationException.of(
          "Disconfirmation.gap", "be finite", perception + " - " + expectation);
    }
    return zone.classify(perception - expectation);
  }

  /**
   * Disconfirmation of one attribute from paired columns. A pair with a missing ({@link
   * Survey#MISSING}) or off-scale rating is skipped and counted.
   *
   * @param attribute the attribute's name
   * @param perception perceived-performance ratings
   * @param expectation expectation ratings, same length
   * @param scale the ratings' scale
   * @param zone the tolerance zone
   * @return the result
   * @throws CxValidationException if the lengths differ or no pair is complete
   */
  public static DisconfirmationResult of(
      String attribute,
      int[] perception,
      int[] expectation,
      RatingScale scale,
      ToleranceZone zone) {
    if (perception.length != expectation.length) {
      throw CxValidationException.of(
          "Disconfirmation.expectation",
          "have the length of perception " + perception.length,
          expectation.length);
    }
    DisconfirmationAccumulator acc = accumulator(attribute, scale, zone);
    for (int i = 0; i < perception.length; i++) {
      acc.add(perception[i], expectation[i]);
    }
    return acc.result();
  }

  /**
   * An empty accumulator for one attribute.
   *
   * @param attribute the attribute's name
   * @param scale the ratings' scale
   * @param zone the tolerance zone
   * @return the accumulator
   */
  public static DisconfirmationAccumulator accumulator(
      String attribute, RatingScale scale, ToleranceZone zone) {
    if (attribute.isBlank()) {
      throw CxValidationException.of("Disconfirmation.attribute", "not be blank", attribute);
    }
    return new DisconfirmationAccumulator(attribute, scale, zone);
  }

  /**
   * One respondent's two ratings of an attribute.
   *
   * @param perception the perceived performance ({@link Survey#MISSING} if unanswered)
   * @param expectation the expectation ({@link Survey#MISSING} if unanswered)
   */
  public record Pair(int perception, int expectation) {}

  /**
   * A collector of rating pairs for one attribute.
   *
   * @param attribute the attribute's name
   * @param scale the ratings' scale
   * @param zone the tolerance zone
   * @return the collector
   */
  public static Collector<Pair, ?, DisconfirmationResult> collector(
      String attribute, RatingScale scale, ToleranceZone zone) {
    accumulator(attribute, scale, zone);
    return Collector.of(
        () -> accumulator(attribute, scale, zone),
        (acc, pair) -> acc.add(pair.perception(), pair.expectation()),
        DisconfirmationAccumulator::merge,
        DisconfirmationAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }
}
