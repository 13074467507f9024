/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

/**
 * An estimated inner path: the standardised OLS coefficient of {@code from} in the regression of
 * {@code to} on all its predecessors' scores (Lohmöller 1989); under consistent PLS, on the
 * disattenuated construct correlations (Dijkstra and Henseler 2015).
 *
 * @param from the predecessor construct
 * @param to the successor construct
 * @param coefficient the standardised path coefficient
 */
public record PathEstimate(String from, String to, double coefficient) {}
