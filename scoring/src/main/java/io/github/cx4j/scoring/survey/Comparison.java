/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Interval;

/**
 * A two-sample comparison of a measure between independent groups A and B: the signed difference A
 * - B, its standard error, the Wald statistic {@code z = difference / se}, the two-sided p-value
 * {@code 2 (1 - Phi(|z|))} (for means: Welch's t with its degrees of freedom) and the interval
 * {@code difference +- crit * se}.
 *
 * @param difference A - B in the measure's units
 * @param se the standard error of the difference
 * @param z the test statistic (z, or Welch's t for means)
 * @param p the two-sided p-value
 * @param interval the confidence interval of the difference
 * @param level the confidence level of the interval
 */
public record Comparison(
    double difference, double se, double z, double p, Interval interval, double level) {}
