/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Texts;
import java.util.Locale;

/**
 * An aspect on which customer satisfaction (CS) and corporate identity (CI) are compared (course
 * file "CS Theory and Keeping Customers", CS与CI), with the CS side ({@link #cs(Locale)}) and the CI
 * side ({@link #ci(Locale)}). {@link CsCiComparison#rows(Locale)} puts these and the layer pairs
 * side by side.
 */
public enum CsCiAspect implements Labelled {
  /** What CS and CI stand for. */
  FULL_NAME,
  /** Customer-centred versus company-centred. */
  CENTRE,
  /** What each aims at. */
  GOAL,
  /** Who judges success. */
  JUDGE,
  /** The three layers of each. */
  LAYERS;

  @Override
  public String code() {
    return name();
  }

  /**
   * The CS side of the comparison.
   *
   * @param locale the language
   * @return the CS text
   */
  public String cs(Locale locale) {
    return Texts.text(this, "cs", locale);
  }

  /**
   * The CI side of the comparison.
   *
   * @param locale the language
   * @return the CI text
   */
  public String ci(Locale locale) {
    return Texts.text(this, "ci", locale);
  }
}
