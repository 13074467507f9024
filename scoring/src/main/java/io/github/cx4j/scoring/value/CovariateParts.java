/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.Map;

/**
 * What the two covariate fits ({@link CovariateFit}, static, and {@link TimeVaryingFit},
 * time-varying) share: the lookup of a base parameter or an effect by name, with the error that
 * names the record's field and lists the names it holds.
 */
final class CovariateParts {
  private CovariateParts() {}

  /**
   * One named value.
   *
   * @param values the record's map (params or effects)
   * @param field the field for the error, for example {@code CovariateFit.params}
   * @param what {@code parameter} or {@code effect}
   * @param name the name looked up
   * @return its value
   * @throws CxValidationException if the map holds no such name
   */
  static double lookup(Map<String, Double> values, String field, String what, String name) {
    Double v = values.get(name);
    if (v == null) {
      throw CxValidationException.of(
          field, "contain the " + what + " (one of " + values.keySet() + ")", name);
    }
    return v;
  }
}
