/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side comparison of CS and CI for a course (course file "CS Theory and Keeping
 * Customers"): the general aspects ({@link CsCiAspect}) and then each CS layer beside the CI layer
 * it mirrors.
 */
public final class CsCiComparison {
  private CsCiComparison() {}

  /**
   * One row of the comparison.
   *
   * @param aspect what is compared
   * @param cs the CS side
   * @param ci the CI side
   */
  public record Row(String aspect, String cs, String ci) {}

  /**
   * The comparison in one language: the aspects, then one row per layer pair with each layer's
   * label and role.
   *
   * @param locale the language
   * @return the rows, without a header
   */
  public static List<Row> rows(Locale locale) {
    List<Row> rows = new ArrayList<>();
    for (CsCiAspect aspect : CsCiAspect.values()) {
      rows.add(new Row(aspect.label(locale), aspect.cs(locale), aspect.ci(locale)));
    }
    boolean zh = "zh".equals(locale.getLanguage());
    for (CsLayer cs : CsLayer.values()) {
      CiLayer ci = cs.ciCounterpart();
      rows.add(
          new Row(
              cs.abbreviation() + " / " + ci.abbreviation(),
              cs.label(locale) + (zh ? "：" : ": ") + cs.role(locale),
              ci.label(locale) + (zh ? "：" : ": ") + ci.role(locale)));
    }
    return List.copyOf(rows);
  }
}
