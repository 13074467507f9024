/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.Labelled;

/** Kano's quality categories with their conventional letters (Kano et al. 1984). */
public enum KanoCategory implements Labelled {
  /** A: attractive (delighter): its presence delights, its absence is accepted. */
  ATTRACTIVE('A'),
  /** O: one-dimensional (performance): more is better, less is worse. */
  ONE_DIMENSIONAL('O'),
  /** M: must-be (basic): its absence dissatisfies, its presence is taken for granted. */
  MUST_BE('M'),
  /** I: indifferent: neither presence nor absence matters. */
  INDIFFERENT('I'),
  /** R: reverse: the respondent prefers its absence. */
  REVERSE('R'),
  /** Q: questionable: contradictory answers. */
  QUESTIONABLE('Q');

  private final char letter;

  KanoCategory(char letter) {
    this.letter = letter;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The conventional letter.
   *
   * @return A, O, M, I, R or Q
   */
  public char letter() {
    return letter;
  }
}
