/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.Labelled;

/** The four quadrants of importance-performance analysis (Martilla and James 1977). */
public enum IpaQuadrant implements Labelled {
  /** High importance, low performance: improve first. */
  CONCENTRATE_HERE,
  /** High importance, high performance: maintain. */
  KEEP_UP_THE_GOOD_WORK,
  /** Low importance, low performance: no urgent action. */
  LOW_PRIORITY,
  /** Low importance, high performance: resources may be better used elsewhere. */
  POSSIBLE_OVERKILL;

  @Override
  public String code() {
    return name();
  }
}
