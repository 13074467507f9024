/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import com.google.common.collect.ImmutableMap;
import io.github.cx4j.core.CxValidationException;
import java.util.Map;

/**
 * The result of fitting a customer-base model by maximum likelihood. It carries everything a reader
 * needs to trust it, and round-trips through {@link io.github.cx4j.core.CxJson#mapper()} as {@code
 * {"model":"bgnbd","params":{"r":...},"standardErrors":{...},"logLikelihood":...,
 * "converged":true,...}}.
 *
 * @param model which model was fitted
 * @param params the estimates under the papers' names, in the papers' order
 * @param standardErrors asymptotic standard errors from the inverse Hessian of the negative
 *     log-likelihood (delta method from the log scale); empty when the Hessian was not positive
 *     definite (see {@code message})
 * @param logLikelihood the maximised (unpenalised) log-likelihood, summed over customers
 * @param converged whether the optimiser met its convergence criterion
 * @param iterations BFGS iterations of the winning start
 * @param customers the number of customers (the sum of the weights)
 * @param patterns the number of distinct weighted patterns the likelihood was evaluated on
 * @param message how the fit ended, in words (convergence or the reason for failure)
 */
public record ValueFit(
    ValueModelKind model,
    Map<String, Double> params,
    Map<String, Double> standardErrors,
    double logLikelihood,
    boolean converged,
    int iterations,
    double customers,
    int patterns,
    String message) {

  /** Validates the result: named parameters present, finite numbers. */
  public ValueFit {
    // insertion-ordered (the papers' order), immutable, and null-free
    params = ImmutableMap.copyOf(params);
    standardErrors = ImmutableMap.copyOf(standardErrors);
    for (String name : model.parameterNames()) {
      Double v = params.get(name);
      if (v == null || !Double.isFinite(v) || v <= 0) {
        throw CxValidationException.of(
            "ValueFit.params", "hold a positive finite " + name + " for " + model.id(), params);
      }
    }
    if (params.size() != model.parameterNames().size()) {
      throw CxValidationException.of(
          "ValueFit.params", "hold exactly " + model.parameterNames(), params.keySet());
    }
    for (Map.Entry<String, Double> e : standardErrors.entrySet()) {
      if (!params.containsKey(e.getKey()) || !Double.isFinite(e.getValue()) || e.getValue() < 0) {
        throw CxValidationException.of(
            "ValueFit.standardErrors", "name model parameters with finite non-negative values", e);
      }
    }
    if (!Double.isFinite(logLikelihood)) {
      throw CxValidationException.of("ValueFit.logLikelihood", "be finite", logLikelihood);
    }
    if (!Double.isFinite(customers) || customers < 0) {
      throw CxValidationException.of("ValueFit.customers", "be finite and non-negative", customers);
    }
  }

  /**
   * One estimate.
   *
   * @param name a parameter name of the model, for example {@code "alpha"}
   * @return its value
   * @throws CxValidationException if the model has no such parameter
   */
  public double param(String name) {
    Double v = params.get(name);
    if (v == null) {
      throw CxValidationException.of(
          "ValueFit.params", "contain the parameter (one of " + model.parameterNames() + ")", name);
    }
    return v;
  }

  /**
   * The fitted model, ready for predictions.
   *
   * @return the model value
   */
  public ValueModel toModel() {
    return ValueModel.of(model, params);
  }

  /**
   * The fitted model as its concrete type.
   *
   * @param type for example {@code BgNbdModel.class}
   * @param <M> the model type
   * @return the model
   * @throws CxValidationException if the fit is of another model
   */
  public <M extends ValueModel> M as(Class<M> type) {
    ValueModel m = toModel();
    if (!type.isInstance(m)) {
      throw CxValidationException.of(
          "ValueFit.model", "be a " + type.getSimpleName() + " fit", model.id());
    }
    return type.cast(m);
  }
}
