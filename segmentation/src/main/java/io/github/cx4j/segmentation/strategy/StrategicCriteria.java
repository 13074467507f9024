/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.customer.StrategicCriterion;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How strategic customers are scored: the rating scale on which every criterion of {@link
 * StrategicCriterion} is rated, and a weight per criterion (equal by default). Weights are
 * relative: they are divided by their sum.
 *
 * <p>JSON: {@code {"scale":{"min":1,"max":5},"weights":{"DEAL_SIZE":2.0,...}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategicCriteria.class)
@JsonDeserialize(as = ImmutableStrategicCriteria.class)
public abstract class StrategicCriteria {

  /**
   * The declared rating scale of every criterion.
   *
   * @return the scale
   */
  public abstract RatingScale scale();

  /**
   * The weight per criterion; criteria left out weigh 1.
   *
   * @return non-negative finite weights
   */
  public abstract Map<StrategicCriterion, Double> weights();

  /**
   * Equal weights on a scale.
   *
   * @param scale the rating scale
   * @return the criteria
   */
  public static StrategicCriteria of(RatingScale scale) {
    return builder().scale(scale).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds criteria. */
  public static final class Builder extends ImmutableStrategicCriteria.Builder {}

  /**
   * The weight of a criterion divided by the sum of all seven weights.
   *
   * @param criterion the criterion
   * @return the normalised weight, in {@code [0, 1]}
   */
  public double normalisedWeight(StrategicCriterion criterion) {
    double max = 0;
    for (StrategicCriterion c : StrategicCriterion.values()) {
      max = Math.max(max, weight(c));
    }
    double sum = 0;
    for (StrategicCriterion c : StrategicCriterion.values()) {
      sum += weight(c) / max;
    }
    return weight(criterion) / max / sum;
  }

  double weight(StrategicCriterion criterion) {
    return weights().getOrDefault(criterion, 1.0);
  }

  @Value.Check
  void check() {
    double sum = 0;
    for (Map.Entry<StrategicCriterion, Double> e : weights().entrySet()) {
      double w = e.getValue();
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw CxValidationException.of(
            "StrategicCriteria.weights." + e.getKey().name(), "be finite and >= 0", w);
      }
    }
    for (StrategicCriterion c : StrategicCriterion.values()) {
      sum += weight(c);
    }
    if (!(sum > 0)) {
      throw CxValidationException.of("StrategicCriteria.weights", "not all be 0", weights());
    }
  }
}
