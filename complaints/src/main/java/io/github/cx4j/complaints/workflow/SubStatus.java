/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.util.Locale;

/**
 * A custom status that an organisation defines under one {@link StatusCategory}, as helpdesks allow
 * ("awaiting parts" under on-hold, "awaiting photo" under pending). The workflow's rules look only
 * at the category.
 *
 * @param code a lower-case code of letters, digits and dashes, such as {@code "awaiting-parts"}
 * @param category the category the sub-status belongs to; never {@link StatusCategory#NEW} for a
 *     custom sub-status other than the default one
 */
public record SubStatus(String code, StatusCategory category) {

  /** Checks the code. */
  public SubStatus {
    Checks.text(code, "SubStatus.code");
    Checks.present(category, "SubStatus.category");
    if (!wellFormed(code)) {
      throw CxValidationException.of(
          "SubStatus.code", "be lower-case letters, digits and single dashes", code);
    }
  }

  /**
   * Whether a code is {@code [a-z0-9]+(-[a-z0-9]+)*}, checked without a regular expression (a
   * sub-status is built for every status event a replay reads, and {@code String.matches} compiled
   * the pattern each time).
   */
  private static boolean wellFormed(String code) {
    boolean afterDash = true;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '-') {
        if (afterDash) {
          return false;
        }
        afterDash = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterDash = false;
      } else {
        return false;
      }
    }
    return !afterDash;
  }

  /**
   * A custom sub-status.
   *
   * @param code the code, for example {@code "awaiting-parts"}
   * @param category its category
   * @return the sub-status
   */
  public static SubStatus of(String code, StatusCategory category) {
    return new SubStatus(code, category);
  }

  /**
   * The default sub-status of a category, whose code is the category's name in lower case with
   * dashes ({@code "on-hold"}).
   *
   * @param category the category
   * @return its default sub-status
   */
  public static SubStatus defaultOf(StatusCategory category) {
    return new SubStatus(category.name().toLowerCase(Locale.ROOT).replace('_', '-'), category);
  }
}
