/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

/**
 * A bootstrap resample that could not be estimated (a constant item, a singular block, no
 * convergence) and was replaced by a fresh draw.
 *
 * @param resample the 0-based number of the resample
 * @param attempt the 1-based attempt that failed
 * @param reason why it failed
 */
public record BootstrapFailure(int resample, int attempt, String reason) {}
