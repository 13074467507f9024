/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The SERVICE principles, the winning strategy of all-staff service (course file "All-Staff
 * Service"): Self-esteem, Exceed expectations, Recovery, Vision, Improvement, Care, Empowerment.
 * {@link #letter()} gives each principle's letter of the word SERVICE.
 */
public enum ServicePrinciple implements Labelled {
  /** S: self-esteem (自我尊重). */
  SELF_ESTEEM('S'),
  /** E: exceed expectations (超越客户期望). */
  EXCEED_EXPECTATIONS('E'),
  /** R: recovery (及时补救). */
  RECOVERY('R'),
  /** V: vision (服务愿景). */
  VISION('V'),
  /** I: improvement (提升品质). */
  IMPROVEMENT('I'),
  /** C: care (关注客户). */
  CARE('C'),
  /** E: empowerment (授权). */
  EMPOWERMENT('E');

  private final char letter;

  ServicePrinciple(char letter) {
    this.letter = letter;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The principle's letter in the word SERVICE.
   *
   * @return one of S, E, R, V, I, C, E
   */
  public char letter() {
    return letter;
  }
}
