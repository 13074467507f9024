/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * The run of a Markov chain Monte Carlo sampler ({@link ParetoGgg#fit}), in the terms of BTYDplus'
 * {@code pggg.mcmc.DrawParameters}: each chain runs {@code burnIn} steps that are discarded, then
 * {@code draws} steps of which every {@code thinning}-th is kept, so that a chain keeps {@code
 * (draws - 1) / thinning + 1} draws; {@code chains} chains are run from the same start with their
 * own random streams and their draws pooled. The same options and seed give the same draws.
 *
 * @param draws steps after the burn-in per chain, 1..1,000,000
 * @param burnIn steps discarded at the start of each chain, 0..1,000,000
 * @param thinning keep every thinning-th step, 1..draws
 * @param chains independent chains, 1..64 (run in parallel)
 * @param seed the random seed
 */
public record McmcOptions(int draws, int burnIn, int thinning, int chains, long seed) {
  /** Checks the ranges. */
  public McmcOptions {
    if (draws < 1 || draws > 1_000_000) {
      throw CxValidationException.of("McmcOptions.draws", "be within 1..1,000,000", draws);
    }
    if (burnIn < 0 || burnIn > 1_000_000) {
      throw CxValidationException.of("McmcOptions.burnIn", "be within 0..1,000,000", burnIn);
    }
    if (thinning < 1 || thinning > draws) {
      throw CxValidationException.of(
          "McmcOptions.thinning", "be within 1..draws (" + draws + ")", thinning);
    }
    if (chains < 1 || chains > 64) {
      throw CxValidationException.of("McmcOptions.chains", "be within 1..64", chains);
    }
  }

  /**
   * BTYDplus' defaults: 2,500 steps after 500 of burn-in, every 50th kept, 2 chains (100 draws).
   *
   * @param seed the random seed
   * @return the options
   */
  public static McmcOptions defaults(long seed) {
    return new McmcOptions(2500, 500, 50, 2, seed);
  }

  /**
   * The draws each chain keeps.
   *
   * @return {@code (draws - 1) / thinning + 1}
   */
  public int keptPerChain() {
    return (draws - 1) / thinning + 1;
  }

  /**
   * The draws kept over all chains.
   *
   * @return {@code chains * keptPerChain()}
   */
  public int kept() {
    return chains * keptPerChain();
  }
}
