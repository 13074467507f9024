/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer-base model with known parameters: one of the models of this package. */
public sealed interface ValueModel permits PurchaseModel, GammaGammaModel, SbgModel {

  /**
   * Which model this is.
   *
   * @return the kind
   */
  ValueModelKind kind();

  /**
   * The parameters in the papers' order.
   *
   * @return the values, in the order of {@link ValueModelKind#parameterNames()}
   */
  double[] values();

  /**
   * The parameters by name.
   *
   * @return an ordered map, for example {@code {r=0.243, alpha=4.414, a=0.793, b=2.426}}
   */
  default Map<String, Double> params() {
    Map<String, Double> map = new LinkedHashMap<>();
    List<String> names = kind().parameterNames();
    double[] v = values();
    for (int i = 0; i < v.length; i++) {
      map.put(names.get(i), v[i]);
    }
    return map;
  }

  /**
   * Builds a model from named parameters.
   *
   * @param kind the model
   * @param params its parameters by the papers' names
   * @return the model
   * @throws CxValidationException if a parameter is missing or not positive and finite
   */
  static ValueModel of(ValueModelKind kind, Map<String, Double> params) {
    List<String> names = kind.parameterNames();
    double[] v = new double[names.size()];
    for (int i = 0; i < v.length; i++) {
      Double d = params.get(names.get(i));
      if (d == null) {
        throw CxValidationException.of(
            kind.id() + ".params", "contain " + names.get(i), params.keySet());
      }
      v[i] = d;
    }
    return switch (kind) {
      case BGNBD -> new BgNbdModel(v[0], v[1], v[2], v[3]);
      case MBGNBD -> new MbgNbdModel(v[0], v[1], v[2], v[3]);
      case GAMMAGAMMA -> new GammaGammaModel(v[0], v[1], v[2]);
      case PARETONBD -> new ParetoNbdModel(v[0], v[1], v[2], v[3]);
      case BGBB -> new BgBbModel(v[0], v[1], v[2], v[3]);
      case SBG -> new SbgModel(v[0], v[1]);
      case BGCNBD -> new BgCnbdModel(regularity(kind, v[0]), v[1], v[2], v[3], v[4]);
      case GGOMNBD -> new GgompertzNbdModel(v[0], v[1], v[2], v[3], v[4]);
      case MBGCNBD -> new MbgCnbdModel(regularity(kind, v[0]), v[1], v[2], v[3], v[4]);
    };
  }

  /** The regularity k of a CNBD-k model: a whole number in 1..1000. */
  private static int regularity(ValueModelKind kind, double k) {
    if (!(k >= 1 && k <= 1000) || k != Math.rint(k)) {
      throw CxValidationException.of(kind.id() + ".params.k", "be a whole number in 1..1000", k);
    }
    return (int) k;
  }

  /** Checks a model parameter: positive and finite. */
  static void requirePositive(String field, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw CxValidationException.of(field, "be positive and finite", value);
    }
  }
}
