/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;

/**
 * The five answers of a Kano question pair (Berger et al. 1993), with their column codes 1..5: "I
 * like it", "it must be that way", "I am neutral", "I can live with it", "I dislike it".
 */
public enum KanoAnswer implements Labelled {
  /** 1: I like it that way. */
  LIKE,
  /** 2: It must be that way. */
  MUST_BE,
  /** 3: I am neutral. */
  NEUTRAL,
  /** 4: I can live with it that way. */
  LIVE_WITH,
  /** 5: I dislike it that way. */
  DISLIKE;

  private static final KanoAnswer[] BY_CODE = values();

  @Override
  public String code() {
    return name();
  }

  /**
   * The answer's column code.
   *
   * @return 1..5
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * The answer with a column code.
   *
   * @param number 1..5
   * @return the answer
   */
  public static KanoAnswer of(int number) {
    if (number < 1 || number > 5) {
      throw CxValidationException.of("KanoAnswer.number", "be within 1..5", number);
    }
    return BY_CODE[number - 1];
  }
}
