/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.Interval;

/**
 * A difference of two means with its uncertainty: Welch's unequal-variance t test (Welch 1947) with
 * Welch-Satterthwaite degrees of freedom, or a paired t test.
 *
 * @param estimate the difference of the means (first minus second)
 * @param standardError its standard error
 * @param degreesOfFreedom the (possibly fractional) degrees of freedom
 * @param t the t statistic, {@code estimate / standardError}
 * @param pValue the two-sided p-value
 * @param confidence the confidence level of the interval, for example 0.95
 * @param interval the confidence interval
 */
public record MeanDifference(
    double estimate,
    double standardError,
    double degreesOfFreedom,
    double t,
    double pValue,
    double confidence,
    Interval interval) {}
