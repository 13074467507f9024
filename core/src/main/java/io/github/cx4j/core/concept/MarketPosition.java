/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The four positions a company can hold in its market (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum MarketPosition implements Labelled {
  /** Leader (领导者). */
  LEADER,
  /** Challenger (挑战者). */
  CHALLENGER,
  /** Follower (跟随者). */
  FOLLOWER,
  /** Nicher (利己者). */
  NICHER;

  @Override
  public String code() {
    return name();
  }
}
