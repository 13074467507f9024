/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Texts;
import java.util.Locale;

/**
 * The three layers of the CS system (course file "CS Theory and Keeping Customers", CS的构成): mind
 * satisfaction (MS, the top decision level, dynamic), behaviour satisfaction (BS, the execution
 * level and operational core) and visual-and-hearing satisfaction (VHS, the static identification
 * level with the most items and the most direct effect on customers). Each mirrors a {@link
 * CiLayer}.
 */
public enum CsLayer implements Labelled {
  /** Mind satisfaction, MS (理念满意). */
  MIND_SATISFACTION("MS"),
  /** Behaviour satisfaction, BS (行为满意). */
  BEHAVIOUR_SATISFACTION("BS"),
  /** Visual-and-hearing satisfaction, VHS (视听满意). */
  VISUAL_HEARING_SATISFACTION("VHS");

  private final String abbreviation;

  CsLayer(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The course's abbreviation.
   *
   * @return {@code "MS"}, {@code "BS"} or {@code "VHS"}
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * The CI layer this layer mirrors: MS-MI, BS-BI, VHS-VI.
   *
   * @return the CI counterpart
   */
  public CiLayer ciCounterpart() {
    return switch (this) {
      case MIND_SATISFACTION -> CiLayer.MIND_IDENTITY;
      case BEHAVIOUR_SATISFACTION -> CiLayer.BEHAVIOUR_IDENTITY;
      case VISUAL_HEARING_SATISFACTION -> CiLayer.VISUAL_IDENTITY;
    };
  }

  /**
   * The layer's role in the CS system, in a few words (course file "CS Theory and Keeping
   * Customers").
   *
   * @param locale the language
   * @return the role, for example "Top decision level; guiding idea of the CS strategy; dynamic"
   */
  public String role(Locale locale) {
    return Texts.text(this, "role", locale);
  }
}
