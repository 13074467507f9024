/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;

/** A rating-scale option written {@code MIN..MAX}, as {@code --scale} and {@code --csat-scale}. */
public final class ScaleOption {
  private ScaleOption() {}

  /**
   * Parses {@code MIN..MAX}.
   *
   * @param option the option's name, for the messages
   * @param text the option's value
   * @param example a valid value shown in the message, for example {@code 1..5}
   * @return the scale
   * @throws CliException naming the option and the value if it is not two integers, or not a scale
   */
  public static RatingScale parse(String option, String text, String example) {
    String[] parts = text.split("\\.\\.", -1);
    try {
      if (parts.length == 2) {
        return RatingScale.of(
            Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
      }
    } catch (NumberFormatException e) {
      // reported below
    } catch (CxValidationException e) {
      throw new CliException(option + " " + text + ": " + e.getMessage(), e);
    }
    throw new CliException(
        option
            + " must be MIN..MAX with integers, for example "
            + example
            + ", was \""
            + text
            + "\"");
  }
}
