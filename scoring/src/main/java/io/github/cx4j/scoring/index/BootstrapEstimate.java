/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.Interval;
import java.util.OptionalDouble;

/**
 * Bootstrap summary of one parameter (Efron and Tibshirani 1993; Chin 1998): the estimate on the
 * full sample, the mean and standard deviation (the standard error, n-1 denominator) of the
 * resample estimates, the t value {@code original / standardError}, and the percentile interval.
 *
 * @param original the estimate on the full sample
 * @param mean the mean over the resamples
 * @param standardError the standard deviation over the resamples
 * @param t original divided by the standard error; empty when the standard error is 0 (a fixed
 *     parameter such as the weight of a single-item block)
 * @param interval the percentile interval (type 7 quantiles)
 */
public record BootstrapEstimate(
    double original, double mean, double standardError, OptionalDouble t, Interval interval) {}
