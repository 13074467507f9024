/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.value.ValueModel;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted value model in an explicit compact form for broadcasting: its kind and its parameters as
 * doubles, in {@link ValueModelKind#parameterNames()} order. The library's model records are
 * rebuilt from it once per partition on the executors.
 */
public final class ModelParameters implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final double[] values;

  private ModelParameters(String kind, double[] values) {
    this.kind = kind;
    this.values = values;
  }

  /**
   * The compact form of a model.
   *
   * @param model the model
   * @return its kind and parameters
   */
  public static ModelParameters of(ValueModel model) {
    return new ModelParameters(model.kind().name(), model.values().clone());
  }

  /**
   * The kind of model.
   *
   * @return the kind
   */
  public ValueModelKind kind() {
    return ValueModelKind.valueOf(kind);
  }

  /**
   * The parameters, in the kind's parameter order.
   *
   * @return a copy
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * The library's model.
   *
   * @return the model
   * @throws CxValidationException if the parameters do not fit the kind
   */
  public ValueModel toModel() {
    ValueModelKind k = kind();
    List<String> names = k.parameterNames();
    if (names.size() != values.length) {
      throw CxValidationException.of(
          "ModelParameters.values", "hold " + names.size() + " values for " + k, values.length);
    }
    Map<String, Double> params = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      params.put(names.get(i), values[i]);
    }
    return ValueModel.of(k, params);
  }
}
