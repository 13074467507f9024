/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

/**
 * One driver in an importance-performance map of a target construct (Ringle and Sarstedt 2016):
 * importance is the unstandardised total effect of the driver on the target when both are on the
 * 0-100 index scale (the standardised total effect times the ratio of their 0-100 standard
 * deviations), performance is the driver's 0-100 index.
 *
 * @param construct the driver
 * @param importance the unstandardised total effect on the target (index points per index point)
 * @param totalEffect the standardised total effect on the target
 * @param performance the driver's index, 0-100
 */
public record IpmaPoint(
    String construct, double importance, double totalEffect, double performance) {}
