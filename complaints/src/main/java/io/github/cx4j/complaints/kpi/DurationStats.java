/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import java.time.Duration;

/**
 * The distribution of a time interval over complaints: median and 90th percentile (type-7
 * percentiles, Hyndman and Fan 1996), rounded to whole seconds. With {@code n = 0} both are zero.
 *
 * @param n the number of complaints measured
 * @param median the median
 * @param p90 the 90th percentile
 */
public record DurationStats(long n, Duration median, Duration p90) {}
