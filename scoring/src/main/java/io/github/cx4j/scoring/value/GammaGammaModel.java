/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of monetary value (Fader, Hardie and Lee 2005, "RFM and CLV", JMR 42(4);
 * Fader and Hardie 2013, "The Gamma-Gamma model of monetary value"): the value of each transaction
 * of a customer is Gamma(p, nu), and nu ~ Gamma(q, gamma) across customers, independent of the
 * purchase process. Money is in the unit of the data.
 *
 * @param p shape of the transaction values
 * @param q shape of the distribution of nu
 * @param gamma scale of the distribution of nu, in money units
 */
public record GammaGammaModel(double p, double q, double gamma) implements ValueModel {

  /** Validates the parameters (positive and finite). */
  public GammaGammaModel {
    ValueModel.requirePositive("GammaGammaModel.p", p);
    ValueModel.requirePositive("GammaGammaModel.q", q);
    ValueModel.requirePositive("GammaGammaModel.gamma", gamma);
  }

  @Override
  public ValueModelKind kind() {
    return ValueModelKind.GAMMAGAMMA;
  }

  @Override
  public double[] values() {
    return new double[] {p, q, gamma};
  }

  /**
   * The log-density of a customer's mean repeat-transaction value {@code mbar} given x
   * transactions: {@code lnG(px+q) - lnG(px) - lnG(q) + q ln(gamma) + (px-1) ln(mbar) + px ln(x) -
   * (px+q) ln(gamma + x mbar)}.
   *
   * @param x number of repeat transactions, at least 1
   * @param mbar their mean value, positive
   * @return the log-likelihood
   */
  public double logLikelihood(int x, double mbar) {
    GammaGamma.validate(0, x, mbar, 1.0);
    double px = p * x;
    return Gamma.logGamma(px + q)
        - Gamma.logGamma(px)
        - Gamma.logGamma(q)
        + q * Math.log(gamma)
        + (px - 1) * Math.log(mbar)
        + px * Math.log(x)
        - (px + q) * Math.log(gamma + x * mbar);
  }

  /**
   * The mean transaction value across customers, {@code p gamma / (q - 1)}: the expected spend of a
   * customer with no repeat purchase yet.
   *
   * @return the mean value
   * @throws CxValidationException if {@code q <= 1} (the mean is infinite; refit with {@link
   *     FitOptions#withConstrainQ(boolean)})
   */
  public double populationMeanSpend() {
    if (q <= 1) {
      throw CxValidationException.of(
          "GammaGammaModel.q", "exceed 1 for a finite mean spend (fit with constrainQ)", q);
    }
    return p * gamma / (q - 1);
  }

  /**
   * E[M | x, mbar]: the expected value of a customer's future transactions, {@code (gamma + x mbar)
   * p / (p x + q - 1)}, a weighted mean of the population mean and the customer's own mean (Fader,
   * Hardie and Lee 2005, eq. 5).
   *
   * @param x repeat transactions (0 gives the population mean)
   * @param mbar mean value of those transactions (ignored when x is 0); 0 is a legitimate
   *     observation here (repeat purchases worth nothing pull the expectation towards 0), though
   *     the fit leaves such customers out ({@link ValueModelKind#fitApplicable})
   * @return the expected spend per transaction, in money units
   * @throws CxValidationException if {@code x} or {@code mbar} is negative or not finite, or the
   *     parameters give no finite mean
   */
  public double conditionalExpectedSpend(int x, double mbar) {
    if (x == 0) {
      return populationMeanSpend();
    }
    validateObservation(0, x, mbar);
    double denominator = p * x + q - 1;
    if (denominator <= 0) {
      throw CxValidationException.of(
          "GammaGammaModel.q", "make p x + q - 1 positive (fit with constrainQ)", q);
    }
    return (gamma + x * mbar) * p / denominator;
  }

  /**
   * Column form of {@link #conditionalExpectedSpend(int, double)}.
   *
   * @param frequency repeat transactions per customer
   * @param monetary mean value of those transactions per customer (0 allowed)
   * @return the expected spend per customer
   */
  public double[] conditionalExpectedSpend(int[] frequency, double[] monetary) {
    if (monetary.length != frequency.length) {
      throw CxValidationException.of(
          "GammaGamma.monetary",
          "have one value per frequency (" + frequency.length + ")",
          monetary.length);
    }
    double[] out = new double[frequency.length];
    double population = q > 1 ? p * gamma / (q - 1) : Double.NaN;
    for (int i = 0; i < out.length; i++) {
      int x = frequency[i];
      if (x == 0) {
        if (Double.isNaN(population)) {
          populationMeanSpend();
        }
        out[i] = population;
      } else {
        validateObservation(i, x, monetary[i]);
        double denominator = p * x + q - 1;
        if (denominator <= 0) {
          throw CxValidationException.of(
              "GammaGammaModel.q", "make p x + q - 1 positive (fit with constrainQ)", q);
        }
        out[i] = (gamma + x * monetary[i]) * p / denominator;
      }
    }
    return out;
  }

  private static void validateObservation(int i, int x, double mbar) {
    if (x < 0) {
      throw CxValidationException.of(
          "GammaGamma.frequency", "be non-negative (customer index " + i + ")", x);
    }
    if (!(mbar >= 0) || !Double.isFinite(mbar)) {
      throw CxValidationException.of(
          "GammaGamma.monetary",
          "be non-negative and finite when the frequency is positive (customer index " + i + ")",
          mbar);
    }
  }
}
