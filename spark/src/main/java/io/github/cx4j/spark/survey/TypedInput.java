/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * The int column behind a typed aggregator's {@code Encoders.INT()} input deserialiser, {@code
 * Integer.valueOf(column)} (null in, null out); any other shape is not recognised.
 */
final class TypedInput {
  private TypedInput() {}

  static @Nullable Expression of(Expression deserializer) {
    if (deserializer instanceof StaticInvoke s
        && s.staticObject() == Integer.class
        && "valueOf".equals(s.functionName())
        && s.propagateNull()
        && s.arguments().size() == 1
        && DataTypes.IntegerType.equals(s.arguments().head().dataType())) {
      return s.arguments().head();
    }
    return null;
  }
}
