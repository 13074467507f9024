/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Texts;
import java.util.Locale;

/**
 * The three layers of corporate identity (CI, 企业识别): mind identity (MI), behaviour identity (BI)
 * and visual identity (VI), mirrored by the {@link CsLayer CS layers}; CI is company-centred, CS
 * customer-centred (course file "CS Theory and Keeping Customers").
 */
public enum CiLayer implements Labelled {
  /** Mind identity, MI (理念识别). */
  MIND_IDENTITY("MI"),
  /** Behaviour identity, BI (行为识别). */
  BEHAVIOUR_IDENTITY("BI"),
  /** Visual identity, VI (视觉识别). */
  VISUAL_IDENTITY("VI");

  private final String abbreviation;

  CiLayer(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The usual abbreviation.
   *
   * @return {@code "MI"}, {@code "BI"} or {@code "VI"}
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * The CS layer that mirrors this one: MI-MS, BI-BS, VI-VHS.
   *
   * @return the CS counterpart
   */
  public CsLayer csCounterpart() {
    return switch (this) {
      case MIND_IDENTITY -> CsLayer.MIND_SATISFACTION;
      case BEHAVIOUR_IDENTITY -> CsLayer.BEHAVIOUR_SATISFACTION;
      case VISUAL_IDENTITY -> CsLayer.VISUAL_HEARING_SATISFACTION;
    };
  }

  /**
   * What the layer contains, in a few words.
   *
   * @param locale the language
   * @return the role
   */
  public String role(Locale locale) {
    return Texts.text(this, "role", locale);
  }
}
