/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Labelled;

/** The three groups of the Net Promoter Score (Reichheld 2003). */
public enum NpsCategory implements Labelled {
  /** Unlikely to recommend (0-6 on the standard scale). */
  DETRACTOR,
  /** Satisfied but unenthusiastic (7-8). */
  PASSIVE,
  /** Enthusiastic, likely to recommend (9-10). */
  PROMOTER;

  @Override
  public String code() {
    return name();
  }
}
