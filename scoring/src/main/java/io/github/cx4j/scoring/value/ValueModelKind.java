/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The customer-base models of this package, with the parameter names of their papers. In JSON and
 * on the command line a kind is written by its lower-case {@link #id()} ({@code bgnbd}, ...).
 */
public enum ValueModelKind implements Labelled {
  /** BG/NBD, Fader, Hardie and Lee (2005): non-contractual, continuous time. */
  BGNBD(List.of("r", "alpha", "a", "b")),
  /** MBG/NBD, Batislam, Denizel and Filiztekin (2007): BG/NBD with dropout possible at time 0. */
  MBGNBD(List.of("r", "alpha", "a", "b")),
  /** Pareto/NBD, Schmittlein, Morrison and Colombo (1987): continuous-time dropout. */
  PARETONBD(List.of("r", "alpha", "s", "beta")),
  /** BG/BB, Fader, Hardie and Shang (2010): non-contractual, discrete time. */
  BGBB(List.of("alpha", "beta", "gamma", "delta")),
  /** Gamma-Gamma spend model (Fader, Hardie and Lee 2005; Fader and Hardie 2013). */
  GAMMAGAMMA(List.of("p", "q", "gamma")),
  /** Shifted-beta-geometric, Fader and Hardie (2007): contractual retention. */
  SBG(List.of("alpha", "beta")),
  /**
   * BG/CNBD-k, Platzer and Reutterer (2016): BG/NBD with Erlang-k inter-purchase times; k is the
   * regularity, chosen by likelihood.
   */
  BGCNBD(List.of("k", "r", "alpha", "a", "b")),
  /** MBG/CNBD-k, Platzer and Reutterer (2016): MBG/NBD with Erlang-k inter-purchase times. */
  MBGCNBD(List.of("k", "r", "alpha", "a", "b")),
  /**
   * GGompertz/NBD, Bemmaor and Glady (2012): NBD purchases and a gamma/Gompertz lifetime, whose
   * density may have an interior mode.
   */
  GGOMNBD(List.of("r", "alpha", "b", "s", "beta"));

  private final List<String> parameterNames;

  ValueModelKind(List<String> parameterNames) {
    this.parameterNames = parameterNames;
  }

  /**
   * The parameter names, in the papers' order and spelling.
   *
   * @return for example {@code [r, alpha, a, b]}
   */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /**
   * The identifier used in JSON and on the command line.
   *
   * @return the lower-case name, for example {@code bgnbd}
   */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an identifier, ignoring case.
   *
   * @param id for example {@code "paretonbd"}
   * @return the kind
   * @throws CxValidationException if the identifier names no model
   */
  @JsonCreator
  public static ValueModelKind fromId(String id) {
    for (ValueModelKind kind : values()) {
      if (kind.id().equalsIgnoreCase(id)) {
        return kind;
      }
    }
    throw CxValidationException.of(
        "ValueModelKind.id",
        "be one of bgnbd, mbgnbd, paretonbd, bgbb, gammagamma, sbg, bgcnbd, mbgcnbd, ggomnbd",
        id);
  }

  /**
   * Fits this model to summary columns: the one place that maps a kind to its fitting routine
   * ({@link BgNbd#fit}, {@link MbgNbd#fit}, {@link ParetoNbd#fit}, {@link BgBb#fit}, {@link
   * GammaGamma#fit}), for callers that let the user choose the model (such as {@code cx4j clv
   * fit}).
   *
   * @param frequency repeat purchases x per row
   * @param recency t_x per row (for BG/BB in opportunities)
   * @param age T per row (for BG/BB the opportunities n)
   * @param monetary mean spend per repeat transaction per row; needed by Gamma-Gamma only
   * @param weights customers per row, or null for one each
   * @param options starts, iterations, tolerance, penalty (and, for Gamma-Gamma, constrainQ)
   * @return the fit; check {@link ValueFit#converged()}
   * @throws CxValidationException for {@link #SBG} (fitted from survivor counts by {@link
   *     ShiftedBetaGeometric#fit}), for Gamma-Gamma without monetary values, or for invalid columns
   */
  public ValueFit fit(
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] monetary,
      double @Nullable [] weights,
      FitOptions options) {
    return fit(frequency, recency, age, monetary, null, weights, options);
  }

  /**
   * Fits this model to summary columns with the inter-purchase timings that BG/CNBD-k and
   * MBG/CNBD-k need to choose their regularity k ({@link BgCnbd#fit}, {@link MbgCnbd#fit}, k =
   * 1..{@value BgCnbd#DEFAULT_MAX_K}); the other models ignore {@code litt}.
   *
   * @param frequency repeat purchases x per row
   * @param recency t_x per row
   * @param age T per row
   * @param monetary mean spend per repeat transaction per row; needed by Gamma-Gamma only
   * @param litt the sum of the logarithms of each row's inter-purchase times; needed by the CNBD-k
   *     models only
   * @param weights customers per row, or null for one each
   * @param options fit options
   * @return the fit
   * @throws CxValidationException as {@link #fit(int[], double[], double[], double[], double[],
   *     FitOptions)}, or for a CNBD-k model without litt
   */
  public ValueFit fit(
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] monetary,
      double @Nullable [] litt,
      double @Nullable [] weights,
      FitOptions options) {
    return switch (this) {
      case BGNBD -> BgNbd.fit(frequency, recency, age, weights, options);
      case MBGNBD -> MbgNbd.fit(frequency, recency, age, weights, options);
      case PARETONBD -> ParetoNbd.fit(frequency, recency, age, weights, options);
      case BGBB -> BgBb.fit(frequency, recency, age, weights, options);
      case GAMMAGAMMA -> {
        if (monetary == null) {
          throw CxValidationException.of(
              "ValueModelKind.monetary", "be given to fit gammagamma", "none");
        }
        yield GammaGamma.fit(frequency, monetary, weights, options);
      }
      case GGOMNBD -> GgompertzNbd.fit(frequency, recency, age, weights, options);
      case SBG ->
          throw CxValidationException.of(
              "ValueModelKind", "be fitted to customer summaries (sbg fits survivor counts)", id());
      case BGCNBD, MBGCNBD -> {
        if (litt == null) {
          throw missingLitt();
        }
        yield this == BGCNBD
            ? BgCnbd.fit(frequency, recency, age, litt, weights, options, BgCnbd.DEFAULT_MAX_K)
            : MbgCnbd.fit(frequency, recency, age, litt, weights, options, MbgCnbd.DEFAULT_MAX_K);
      }
    };
  }

  /**
   * Fits this model on the rows it applies to and reports the others: an observation outside the
   * model's domain is left out with its reason, never fatal for the other rows. Gamma-Gamma leaves
   * out rows without a repeat purchase and repeat buyers whose repeat purchases are worth 0 (or
   * less); the purchase models leave out rows whose frequency, recency, T or weight is impossible,
   * and BG/BB rows that are not whole opportunities. Predictions still apply to every customer (for
   * example {@link GammaGammaModel#conditionalExpectedSpend(int, double)} takes a mean of 0).
   *
   * @param frequency repeat purchases x per row
   * @param recency t_x per row (may be empty for Gamma-Gamma)
   * @param age T per row (may be empty for Gamma-Gamma)
   * @param monetary mean spend per repeat transaction per row; needed by Gamma-Gamma only
   * @param weights customers per row, or null for one each
   * @param options as for {@link #fit}
   * @return the fit with the rows used and left out
   * @throws CxValidationException if the columns differ in length, no row is left, Gamma-Gamma has
   *     no monetary values, or the model is {@link #SBG}
   */
  public ScreenedFit fitApplicable(
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] monetary,
      double @Nullable [] weights,
      FitOptions options) {
    return fitApplicable(frequency, recency, age, monetary, null, weights, options);
  }

  /**
   * Fits this model on the rows it applies to, with the inter-purchase timings that BG/CNBD-k and
   * MBG/CNBD-k need to choose their regularity k (1..{@value BgCnbd#DEFAULT_MAX_K}), and reports
   * the others as {@link #fitApplicable(int[], double[], double[], double[], double[], FitOptions)}
   * does. Where {@code litt} is given, a row whose litt is impossible (not finite, not 0 without a
   * repeat purchase, or above {@code x ln(t_x / x)}, what x positive intervals adding up to t_x
   * allow) is left out too, whatever the model; GGompertz/NBD follows the purchase models' rule.
   *
   * @param frequency repeat purchases x per row
   * @param recency t_x per row (may be empty for Gamma-Gamma)
   * @param age T per row (may be empty for Gamma-Gamma)
   * @param monetary mean spend per repeat transaction per row; needed by Gamma-Gamma only
   * @param litt the sum of the logarithms of each row's inter-purchase times, or null; needed by
   *     the CNBD-k models
   * @param weights customers per row, or null for one each
   * @param options as for {@link #fit}
   * @return the fit with the rows used and left out
   * @throws CxValidationException as the overload without litt, or for a CNBD-k model without litt
   */
  public ScreenedFit fitApplicable(
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] monetary,
      double @Nullable [] litt,
      double @Nullable [] weights,
      FitOptions options) {
    if (this == SBG) {
      return new ScreenedFit(
          fit(frequency, recency, age, monetary, weights, options), 0, 0, List.of());
    }
    if ((this == BGCNBD || this == MBGCNBD) && litt == null) {
      throw missingLitt();
    }
    return Domain.fit(
        this,
        frequency,
        recency,
        age,
        monetary,
        litt,
        weights,
        (x, tx, t, m, l, w) -> fit(x, tx, t, m, l, w, options));
  }

  private CxValidationException missingLitt() {
    return CxValidationException.of(
        "ValueModelKind.litt",
        "be given to choose the regularity k of " + id() + " (log inter-purchase times)",
        "none");
  }

  @Override
  public String code() {
    return name();
  }
}
