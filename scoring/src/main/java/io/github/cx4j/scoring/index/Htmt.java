/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

/**
 * The heterotrait-monotrait ratio of two constructs (Henseler, Ringle and Sarstedt 2015): the mean
 * absolute correlation between their items divided by the geometric mean of the mean absolute
 * correlations among each construct's own items. Values above 0.85-0.90 question discriminant
 * validity. Defined only for pairs of constructs with two or more items each.
 *
 * @param first a construct
 * @param second a later construct in model order
 * @param value the ratio
 */
public record Htmt(String first, String second, double value) {}
