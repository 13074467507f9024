/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cx4j.core.CxValidationException;

/**
 * The identifier of a complaint case (the "unique reference" that ISO 10002:2018 clause 8.2 asks
 * the organisation to give each complaint). Any non-blank text without surrounding white space;
 * JSON as a plain string.
 *
 * @param value the identifier's text
 */
public record ComplaintId(@JsonValue String value) implements Comparable<ComplaintId> {

  /**
   * Checks the text.
   *
   * @throws CxValidationException if it is blank or has surrounding white space
   */
  public ComplaintId {
    Checks.text(value, "ComplaintId.value");
    if (!value.strip().equals(value)) {
      throw CxValidationException.of(
          "ComplaintId.value", "not start or end with white space", value);
    }
  }

  /**
   * A complaint id from its text.
   *
   * @param value non-blank text
   * @return the id
   */
  @JsonCreator
  public static ComplaintId of(String value) {
    return new ComplaintId(value);
  }

  @Override
  public int compareTo(ComplaintId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
