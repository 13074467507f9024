/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

/**
 * The effect of one construct on another through the inner model: the direct effect is the path
 * coefficient (0 without a path), the total effect is the sum over all directed chains of the
 * products of their path coefficients, {@code (I - B)^-1 - I} (Alwin and Hauser 1975), and the
 * indirect effect is total minus direct. All standardised.
 *
 * @param from the cause
 * @param to the effect
 * @param direct the direct effect
 * @param indirect the indirect effect
 * @param total the total effect
 */
public record Effect(String from, String to, double direct, double indirect, double total) {}
