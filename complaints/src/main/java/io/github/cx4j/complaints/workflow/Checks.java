/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the workflow's records. */
final class Checks {
  private Checks() {}

  static <T> T present(@Nullable T value, String field) {
    if (value == null) {
      throw CxValidationException.of(field, "be present", null);
    }
    return value;
  }

  static <T> Optional<T> optional(@Nullable Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  static String text(@Nullable String value, String field) {
    String text = present(value, field);
    if (text.isBlank()) {
      throw CxValidationException.of(field, "not be blank", text);
    }
    return text;
  }

  static long positive(long value, String field) {
    if (value < 1) {
      throw CxValidationException.of(field, "be at least 1", value);
    }
    return value;
  }
}
