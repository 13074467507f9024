/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Money;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A remedy given to a complainant: its kind, its monetary value if it has one, the justice
 * dimensions it addresses and a note.
 *
 * @param kind the kind of remedy
 * @param value the money paid or the value of the goods, if any; never negative
 * @param justice the justice dimensions addressed; never empty
 * @param note what was done, in the agent's words
 */
public record Remedy(
    RemedyKind kind, Optional<Money> value, Set<JusticeDimension> justice, String note) {

  /** Checks the fields. */
  public Remedy {
    if (kind == null) {
      throw CxValidationException.of("Remedy.kind", "be present", null);
    }
    value = value == null ? Optional.empty() : value;
    if (value.isPresent() && value.get().isNegative()) {
      throw CxValidationException.of("Remedy.value", "not be negative", value.get());
    }
    if (justice == null || justice.isEmpty()) {
      throw CxValidationException.of("Remedy.justice", "name at least one dimension", justice);
    }
    justice = Collections.unmodifiableSet(EnumSet.copyOf(justice));
    if (note == null) {
      throw CxValidationException.of("Remedy.note", "be present", null);
    }
  }

  /**
   * A remedy without monetary value, marked with its kind's default justice dimension.
   *
   * @param kind the kind
   * @param note what was done
   * @return the remedy
   */
  public static Remedy of(RemedyKind kind, String note) {
    return new Remedy(kind, Optional.empty(), kind.defaultJustice(), note);
  }

  /**
   * A remedy with monetary value, marked with its kind's default justice dimension.
   *
   * @param kind the kind
   * @param value the value
   * @param note what was done
   * @return the remedy
   */
  public static Remedy of(RemedyKind kind, Money value, String note) {
    return new Remedy(kind, Optional.of(value), kind.defaultJustice(), note);
  }
}
