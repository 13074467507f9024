/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.core.Interval;

/**
 * Mean satisfaction after resolution on a 0..1 scale (each score normalised by its rating scale),
 * with its standard error and a 95% normal interval clipped to [0, 1]. With {@code n = 0} all are
 * zero; with {@code n = 1} the standard error is zero.
 *
 * @param n the number of complaints with a score after resolution
 * @param mean the mean
 * @param standardError the standard error of the mean
 * @param interval the 95% normal interval, within [0, 1]
 */
public record SatisfactionStats(long n, double mean, double standardError, Interval interval) {}
