/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.scoring.value.McmcOptions;
import picocli.CommandLine.Option;

/**
 * The sampler options of {@code clv fit --model pggg}, with BTYDplus' defaults ({@code
 * pggg.mcmc.DrawParameters}: 2,500 steps after 500 of burn-in, every 50th kept, 2 chains).
 */
final class McmcMixin {
  @Option(
      names = "--draws",
      defaultValue = "2500",
      description = "pggg: MCMC steps per chain after the burn-in (default ${DEFAULT-VALUE}).")
  int draws = 2500;

  @Option(
      names = "--burn-in",
      defaultValue = "500",
      description = "pggg: steps discarded at the start of each chain (default ${DEFAULT-VALUE}).")
  int burnIn = 500;

  @Option(
      names = "--thinning",
      defaultValue = "50",
      description = "pggg: keep every n-th step (default ${DEFAULT-VALUE}).")
  int thinning = 50;

  @Option(
      names = "--chains",
      defaultValue = "2",
      description = "pggg: independent chains, run in parallel (default ${DEFAULT-VALUE}).")
  int chains = 2;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description =
          "pggg: random seed; the same seed gives the same file (default ${DEFAULT-VALUE}).")
  long seed = 1;

  /** Whether any option differs from its default (they apply to pggg only). */
  boolean changed() {
    return draws != 2500 || burnIn != 500 || thinning != 50 || chains != 2 || seed != 1;
  }

  /**
   * The options.
   *
   * @throws CliException naming the option out of range
   */
  McmcOptions options() {
    try {
      return new McmcOptions(draws, burnIn, thinning, chains, seed);
    } catch (CxValidationException e) {
      String option =
          switch (e.field()) {
            case "McmcOptions.draws" -> "--draws";
            case "McmcOptions.burnIn" -> "--burn-in";
            case "McmcOptions.thinning" -> "--thinning";
            default -> "--chains";
          };
      throw new CliException(option + ": " + e.getMessage(), e);
    }
  }
}
