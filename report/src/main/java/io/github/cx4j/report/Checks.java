/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.regex.Pattern;

/** Argument checks shared by the block types. */
final class Checks {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private Checks() {}

  static String id(String type, String id) {
    if (!ID.matcher(id).matches()) {
      throw CxValidationException.of(type + ".id", "be lower-case letters, digits and dashes", id);
    }
    return id;
  }

  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw CxValidationException.of(field, "be finite", value);
    }
    return value;
  }

  static List<Double> finite(String field, List<Double> values) {
    for (int i = 0; i < values.size(); i++) {
      if (!Double.isFinite(values.get(i))) {
        throw CxValidationException.of(field + "[" + i + "]", "be finite", values.get(i));
      }
    }
    return List.copyOf(values);
  }

  static void size(String field, List<?> values, int expected) {
    if (values.size() != expected) {
      throw CxValidationException.of(field, "have " + expected + " values", values.size());
    }
  }
}
