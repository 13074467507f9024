/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The five directions of mindset building for all-staff service (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum MindsetDirection implements Labelled {
  /** Gratitude (感恩的心). */
  GRATITUDE,
  /** Happiness (保持快乐). */
  HAPPINESS,
  /** Dedication (用心做事情). */
  DEDICATION,
  /** Excellence (追求卓越). */
  EXCELLENCE,
  /** Character (品格修炼). */
  CHARACTER;

  @Override
  public String code() {
    return name();
  }
}
