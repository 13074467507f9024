/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one purchase rate of a BG/NBD or MBG/NBD fit that converged at the boundary of its parameter
 * space, the Poisson limit (r and alpha to infinity with {@code lambda = r / alpha} fixed: the data
 * show no spread in purchase rates, every customer buys at rate lambda while alive; Fader, Hardie
 * and Lee 2005, eq. 6, in the limit of a degenerate Gamma mixing). Such a fit reports r as {@value
 * #REPORTED_R} and alpha as {@code r / lambda}; this record gives the rate a reader should look at
 * instead, with its standard error as the fit computed it.
 *
 * @param rate lambda, purchases per time unit of the summaries while alive
 * @param standardError lambda's asymptotic standard error (delta method from the Hessian of the
 *     three-parameter limit), as the fit's message gives it (two significant digits); empty where
 *     that Hessian was not positive definite, or where only the parameters are known
 */
public record PoissonRate(double rate, OptionalDouble standardError) {
  /** The r a fit in the Poisson limit reports, a stand-in for infinity. */
  public static final double REPORTED_R = PoissonLimit.REPORTED_R;

  private static final Pattern STANDARD_ERROR =
      Pattern.compile("per time unit, standard error ([0-9.eE+-]+)\\)");

  /** Validates: a positive finite rate, a finite non-negative standard error. */
  public PoissonRate {
    if (!Double.isFinite(rate) || rate <= 0) {
      throw CxValidationException.of("PoissonRate.rate", "be positive and finite", rate);
    }
    if (standardError.isPresent()
        && !(Double.isFinite(standardError.getAsDouble()) && standardError.getAsDouble() >= 0)) {
      throw CxValidationException.of(
          "PoissonRate.standardError", "be finite and non-negative", standardError.getAsDouble());
    }
  }

  /**
   * The rate of a fit that ended in the Poisson limit: a BG/NBD or MBG/NBD fit whose message says
   * so ({@code "converged at the boundary: the Poisson limit ..."}) and whose r is {@link
   * #REPORTED_R}. Any other fit has none.
   *
   * @param fit a fit, for example read back from its JSON
   * @return the rate r / alpha with its standard error, or empty
   */
  public static Optional<PoissonRate> of(ValueFit fit) {
    if (!fit.message().startsWith(PoissonLimit.MESSAGE)) {
      return Optional.empty();
    }
    Optional<PoissonRate> rate = of(fit.model(), fit.params());
    if (rate.isEmpty()) {
      return rate;
    }
    Matcher m = STANDARD_ERROR.matcher(fit.message());
    OptionalDouble se =
        m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    return Optional.of(new PoissonRate(rate.get().rate(), se));
  }

  /**
   * The rate of BG/NBD or MBG/NBD parameters in the Poisson limit (r = {@link #REPORTED_R}), where
   * only the parameters are known (a row of {@link ModelComparison}); without a standard error.
   *
   * @param model the model
   * @param params its parameters, by the papers' names
   * @return the rate r / alpha, or empty for another model or a finite-shape fit
   */
  public static Optional<PoissonRate> of(ValueModelKind model, Map<String, Double> params) {
    if (model != ValueModelKind.BGNBD && model != ValueModelKind.MBGNBD) {
      return Optional.empty();
    }
    Double r = params.get("r");
    Double alpha = params.get("alpha");
    if (r == null || alpha == null || r != REPORTED_R) {
      return Optional.empty();
    }
    return Optional.of(new PoissonRate(r / alpha, OptionalDouble.empty()));
  }
}
