/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The plan-do-check-act cycle of systematised service (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum PdcaPhase implements Labelled {
  /** Plan (计划). */
  PLAN,
  /** Do (执行). */
  DO,
  /** Check (检查). */
  CHECK,
  /** Act (改善). */
  ACT;

  @Override
  public String code() {
    return name();
  }
}
