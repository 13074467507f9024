/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bootstrap of a PLS path model ({@link Pls#bootstrap}): standard errors, t values and
 * percentile intervals of the outer weights, outer loadings, path coefficients and total effects,
 * with every resample that failed and was replaced.
 *
 * @param estimate the estimation on the full sample
 * @param resamples the number of successful resamples
 * @param seed the seed
 * @param level the coverage of the percentile intervals, for example 0.95
 * @param weights indicator to bootstrap summary of its outer weight
 * @param loadings indicator to bootstrap summary of its outer loading
 * @param paths {@code "FROM -> TO"} to bootstrap summary of the path coefficient
 * @param totalEffects {@code "FROM -> TO"} to bootstrap summary of the total effect, for every pair
 *     joined by a chain of paths
 * @param failures the resamples that failed and were replaced, in resample order
 */
public record BootstrapResult(
    PlsResult estimate,
    int resamples,
    long seed,
    double level,
    Map<String, BootstrapEstimate> weights,
    Map<String, BootstrapEstimate> loadings,
    Map<String, BootstrapEstimate> paths,
    Map<String, BootstrapEstimate> totalEffects,
    List<BootstrapFailure> failures) {

  /** Copies the collections. */
  public BootstrapResult {
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    loadings = Collections.unmodifiableMap(new LinkedHashMap<>(loadings));
    paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    totalEffects = Collections.unmodifiableMap(new LinkedHashMap<>(totalEffects));
    failures = List.copyOf(failures);
  }

  /**
   * The key of a path or total effect in {@link #paths()} and {@link #totalEffects()}.
   *
   * @param from the cause
   * @param to the effect
   * @return {@code from + " -> " + to}
   */
  public static String key(String from, String to) {
    return from + " -> " + to;
  }
}
