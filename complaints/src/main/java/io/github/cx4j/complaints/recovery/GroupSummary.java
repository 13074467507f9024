/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

/**
 * The satisfaction of one group.
 *
 * @param group the group
 * @param n the number of customers
 * @param mean the mean satisfaction
 * @param standardDeviation the sample standard deviation (n - 1 denominator); 0 for n = 1
 */
public record GroupSummary(RecoveryGroup group, int n, double mean, double standardDeviation) {}
