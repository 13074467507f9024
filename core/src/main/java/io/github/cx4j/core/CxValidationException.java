/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value or an input breaks a rule of cx4j. The message names the type, the field, the
 * rule and the offending value, for example {@code SurveyResponse.score must be within 0..10, was
 * 11}.
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that already handle bad arguments need
 * nothing new. Business-rule outcomes (a complaint command that is not allowed in its state, for
 * example) are not exceptions: they are typed results.
 */
public final class CxValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * An error about a field.
   *
   * @param field the qualified field, {@code Type.field}
   * @param message the full message
   */
  private CxValidationException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * The standard message: {@code <field> must <rule>, was <value>}.
   *
   * @param field the qualified field name, for example {@code "Money.currency"}
   * @param rule what the value must satisfy, for example {@code "be within 0..10"}
   * @param value the offending value (printed with {@link String#valueOf(Object)})
   * @return the exception, for the caller to throw
   */
  public static CxValidationException of(String field, String rule, @Nullable Object value) {
    return new CxValidationException(field, field + " must " + rule + ", was " + render(value));
  }

  /**
   * An error whose message the caller phrases in full; it must still name the field and the value.
   *
   * @param field the qualified field name
   * @param message the whole message
   * @return the exception, for the caller to throw
   */
  public static CxValidationException withMessage(String field, String message) {
    return new CxValidationException(field, message);
  }

  /**
   * The qualified field this error is about.
   *
   * @return for example {@code "Transaction.amount"}
   */
  public String field() {
    return field;
  }

  private static String render(@Nullable Object value) {
    if (value instanceof CharSequence) {
      return "\"" + value + "\"";
    }
    return String.valueOf(value);
  }

  /**
   * The message, never null: every constructor sets one.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? "" : message;
  }
}
