/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;

/**
 * The identifier of a customer as the caller's CRM knows it: any non-blank text without leading or
 * trailing white space. It serialises to JSON as a plain string.
 */
@Value.Immutable
@CxStyle
public abstract class CustomerId implements Comparable<CustomerId> {

  /**
   * The identifier's text.
   *
   * @return the text, never blank
   */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  /**
   * A customer id from its text.
   *
   * @param value non-blank text without surrounding white space
   * @return the id
   * @throws CxValidationException if the text is blank or has surrounding white space
   */
  @JsonCreator
  public static CustomerId of(String value) {
    return ImmutableCustomerId.of(value);
  }

  @Value.Check
  void check() {
    if (value().isBlank()) {
      throw CxValidationException.of("CustomerId.value", "not be blank", value());
    }
    if (!value().strip().equals(value())) {
      throw CxValidationException.of(
          "CustomerId.value", "not start or end with white space", value());
    }
  }

  @Override
  public int compareTo(CustomerId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
