/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.tier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Pareto (concentration) curve of a value column as data for a plot: customers sorted by value
 * from the largest down, {@code customerShare[j]} the share of customers taken and {@code
 * valueShare[j]} the share of the positive value they hold (values at or below zero count as 0, so
 * the curve rises from (0, 0) to (1, 1) and is concave). Also the Gini coefficient of the values
 * clipped at 0 (0 for equal values, close to 1 when one customer holds everything).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParetoCurve.class)
@JsonDeserialize(as = ImmutableParetoCurve.class)
public abstract class ParetoCurve {

  /**
   * The number of customers.
   *
   * @return the count
   */
  public abstract long customers();

  /**
   * Shares of customers, ascending from 0 to 1.
   *
   * @return the x coordinates
   */
  public abstract List<Double> customerShare();

  /**
   * Shares of value held by the top {@code customerShare} of customers.
   *
   * @return the y coordinates, non-decreasing from 0 to 1
   */
  public abstract List<Double> valueShare();

  /**
   * The Gini coefficient of the values clipped at 0.
   *
   * @return a number in {@code [0, 1)}
   */
  public abstract double gini();

  /**
   * The share of value held by the top {@code share} of customers, interpolating linearly between
   * the curve's points.
   *
   * @param share a share of customers in {@code [0, 1]}
   * @return the share of value
   * @throws CxValidationException if share is outside {@code [0, 1]}
   */
  public double valueShareOfTop(double share) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw CxValidationException.of("ParetoCurve.share", "be within [0, 1]", share);
    }
    List<Double> x = customerShare();
    List<Double> y = valueShare();
    for (int j = 1; j < x.size(); j++) {
      if (share <= x.get(j)) {
        double x0 = x.get(j - 1);
        double x1 = x.get(j);
        double t = x1 == x0 ? 1.0 : (share - x0) / (x1 - x0);
        return y.get(j - 1) + t * (y.get(j) - y.get(j - 1));
      }
    }
    return y.get(y.size() - 1);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a curve. */
  public static final class Builder extends ImmutableParetoCurve.Builder {}

  @Value.Check
  void check() {
    if (customerShare().size() != valueShare().size() || customerShare().size() < 2) {
      throw CxValidationException.of(
          "ParetoCurve.points",
          "be at least 2 pairs of equal length",
          customerShare().size() + " and " + valueShare().size());
    }
  }
}
