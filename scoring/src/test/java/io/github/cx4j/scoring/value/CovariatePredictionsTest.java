/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CLV, DERT, CLV intervals and parameter draws of a static covariate fit: each customer's numbers
 * are those of its own model, with every effect 0 they are the plain model's (to 1e-9), and the
 * parameter draws follow the fit's standard errors.
 */
class CovariatePredictionsTest {
  /** Simulated customers with an income (purchase) and a web flag (dropout), and their fit. */
  record Data(int[] x, double[] tx, double[] age, Covariates p, Covariates w, double[] monetary) {}

  static Data simulate(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] income = new double[n][1];
    double[][] web = new double[n][1];
    double[] birth = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      income[i][0] = rng.nextGaussian();
      web[i][0] = rng.nextDouble() < 0.5 ? 1 : 0;
      age[i] = 30 + 30 * (i % 50) / 49.0;
    }
    Covariates p = new Covariates(List.of("income"), income);
    Covariates w = new Covariates(List.of("web"), web);
    TimeVaryingParetoNbd.Simulation sim =
        TimeVaryingParetoNbd.simulate(
            new ParetoNbdModel(0.7, 8, 0.9, 10),
            new double[] {0.5},
            new double[] {0.8},
            birth,
            age,
            0,
            TimeVaryingCovariates.constant(p, 0, 100),
            TimeVaryingCovariates.constant(w, 0, 100),
            seed);
    int[] x = sim.histories().frequency();
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      monetary[i] = x[i] == 0 ? 0 : 10 + rng.nextDouble() * 40;
    }
    return new Data(x, sim.histories().recency(), age, p, w, monetary);
  }

  static CovariateFit given(ValueModelKind kind, Map<String, Double> params, double effect) {
    Map<String, Double> effects =
        kind == ValueModelKind.PARETONBD
            ? Map.of("purchase.income", effect, "dropout.web", effect)
            : Map.of("purchase.income", effect, "a.web", effect, "b.web", -effect);
    return new CovariateFit(
        kind,
        params,
        effects,
        Map.of(),
        List.of("income"),
        List.of("web"),
        new double[2],
        new double[] {1, 1},
        CovariatePenalty.none(),
        0,
        true,
        0,
        1,
        "given");
  }

  private static final Map<String, Double> PARETO =
      new java.util.LinkedHashMap<>(Map.of("r", 0.7, "alpha", 8.0, "s", 0.9, "beta", 10.0));

  private static final Map<String, Double> BGNBD =
      new java.util.LinkedHashMap<>(Map.of("r", 0.25, "alpha", 4.4, "a", 0.8, "b", 2.4));

  private static final GammaGammaModel SPEND = new GammaGammaModel(6.25, 3.74, 15.44);

  @Test
  void zeroEffectsGiveThePlainModelsNumbers() {
    Data d = simulate(600, 3);
    ClvHorizon horizon = new ClvHorizon(39, 4, 0.01);
    IntervalOptions options = new IntervalOptions(0.9, 400, 6);
    for (ValueModelKind kind : List.of(ValueModelKind.PARETONBD, ValueModelKind.BGNBD)) {
      CovariateFit zero = given(kind, kind == ValueModelKind.PARETONBD ? PARETO : BGNBD, 0.0);
      PurchaseModel plain =
          kind == ValueModelKind.PARETONBD
              ? new ParetoNbdModel(0.7, 8, 0.9, 10)
              : new BgNbdModel(0.25, 4.4, 0.8, 2.4);
      double[] clv = zero.clv(SPEND, d.x, d.tx, d.age, d.monetary, horizon, 0.3, d.p, d.w);
      double[] plainClv = Clv.of(plain, SPEND, d.x, d.tx, d.age, d.monetary, horizon, 0.3);
      for (int i = 0; i < clv.length; i++) {
        assertEquals(plainClv[i], clv[i], 1e-9 * plainClv[i], kind.id() + " customer " + i);
      }
      Intervals intervals =
          CovariateFit.clvIntervals(
              List.of(zero),
              SpendDraws.of(SPEND),
              d.x,
              d.tx,
              d.age,
              d.monetary,
              horizon,
              0.3,
              options,
              d.p,
              d.w);
      Intervals plainIntervals =
          PredictionIntervals.clv(
              plain, SPEND, d.x, d.tx, d.age, d.monetary, horizon, 0.3, options);
      assertArrayEquals(plainIntervals.low(), intervals.low(), kind.id());
      assertArrayEquals(plainIntervals.high(), intervals.high(), kind.id());
    }
    CovariateFit zero = given(ValueModelKind.PARETONBD, PARETO, 0.0);
    double[] dert =
        zero.discountedExpectedResidualTransactions(0.01, 4, d.x, d.tx, d.age, d.p, d.w);
    double[] plainDert =
        Clv.discountedExpectedResidualTransactions(
            new ParetoNbdModel(0.7, 8, 0.9, 10), 0.01, 4, d.x, d.tx, d.age);
    for (int i = 0; i < dert.length; i++) {
      assertEquals(plainDert[i], dert[i], 1e-9 * plainDert[i], "customer " + i);
    }
  }

  @Test
  void eachCustomerIsValuedUnderItsOwnModel() {
    Data d = simulate(200, 4);
    ClvHorizon horizon = new ClvHorizon(52, 1, 0.002);
    CovariateFit fit = given(ValueModelKind.PARETONBD, PARETO, 0.6);
    double[] clv = fit.clv(SPEND, d.x, d.tx, d.age, d.monetary, horizon, 1, d.p, d.w);
    double[] dert =
        fit.discountedExpectedResidualTransactions(0.002, 1, d.x, d.tx, d.age, d.p, d.w);
    PurchaseModel[] models = fit.models(d.p, d.w);
    for (int i = 0; i < 200; i++) {
      int[] x = {d.x[i]};
      double[] tx = {d.tx[i]};
      double[] age = {d.age[i]};
      double own =
          Clv.of(models[i], SPEND, x, tx, age, new double[] {d.monetary[i]}, horizon, 1)[0];
      assertEquals(own, clv[i], 1e-9 * own, "customer " + i);
      double ownDert =
          Clv.discountedExpectedResidualTransactions(models[i], 0.002, 1, x, tx, age)[0];
      assertEquals(ownDert, dert[i], 1e-12 * ownDert, "customer " + i);
    }
  }

  @Test
  void parameterDrawsFollowTheStandardErrorsAndWidenTheIntervals() {
    Data d = simulate(3000, 5);
    CovariateFit fit =
        CovariateModels.fit(
            ValueModelKind.PARETONBD,
            d.x,
            d.tx,
            d.age,
            d.p,
            d.w,
            CovariatePenalty.none(),
            true,
            FitOptions.defaults());
    int count = 4000;
    List<CovariateFit> draws = fit.parameterDraws(d.x, d.tx, d.age, d.p, d.w, count, 9);
    for (String name : List.of("purchase.income", "dropout.web")) {
      double sum = 0;
      double ss = 0;
      for (CovariateFit one : draws) {
        sum += one.effect(name);
        ss += one.effect(name) * one.effect(name);
      }
      double mean = sum / count;
      double sd = Math.sqrt(ss / count - mean * mean);
      double se = fit.standardErrors().get(name);
      assertEquals(fit.effect(name), mean, 4 * se / Math.sqrt(count), name);
      assertEquals(se, sd, 0.1 * se, name);
    }
    for (String name : List.of("r", "alpha", "s", "beta")) {
      double ss = 0;
      double sum = 0;
      for (CovariateFit one : draws) {
        sum += one.param(name);
        ss += one.param(name) * one.param(name);
      }
      double mean = sum / count;
      double sd = Math.sqrt(ss / count - mean * mean);
      // log-normal draws: the spread of the parameter is its delta-method standard error, 15%
      assertEquals(fit.standardErrors().get(name), sd, 0.15 * fit.standardErrors().get(name), name);
    }
    Intervals point = fit.purchaseIntervals(39, 0.9, d.x, d.tx, d.age, d.p, d.w);
    Intervals wide =
        CovariateFit.purchaseIntervals(draws.subList(0, 30), 39, 0.9, d.x, d.tx, d.age, d.p, d.w);
    double widthPoint = 0;
    double widthWide = 0;
    for (int i = 0; i < d.x.length; i++) {
      widthPoint += point.high()[i] - point.low()[i];
      widthWide += wide.high()[i] - wide.low()[i];
    }
    assertTrue(widthWide >= widthPoint, widthWide + " < " + widthPoint);
    // BG/NBD too: its draws carry the a and b effects
    CovariateFit bg =
        CovariateModels.fit(
            ValueModelKind.BGNBD,
            d.x,
            d.tx,
            d.age,
            d.p,
            d.w,
            CovariatePenalty.none(),
            true,
            FitOptions.defaults());
    List<CovariateFit> bgDraws = bg.parameterDraws(d.x, d.tx, d.age, d.p, d.w, 50, 1);
    assertEquals(bg.effects().keySet(), bgDraws.get(3).effects().keySet());
    assertTrue(bgDraws.get(3).effect("a.web") != bg.effect("a.web"));
  }

  @Test
  void badInputIsNamed() {
    Data d = simulate(50, 6);
    CovariateFit bg = given(ValueModelKind.BGNBD, BGNBD, 0.2);
    CxValidationException dert =
        assertThrows(
            CxValidationException.class,
            () -> bg.discountedExpectedResidualTransactions(0.01, 1, d.x, d.tx, d.age, d.p, d.w));
    assertEquals(
        "Clv.model must be a paretonbd or bgbb model (closed-form DERT), was \"bgnbd\"",
        dert.getMessage());
    CovariateFit pareto = given(ValueModelKind.PARETONBD, PARETO, 0.2);
    CxValidationException mixed =
        assertThrows(
            CxValidationException.class,
            () ->
                CovariateFit.purchaseIntervals(
                    List.of(pareto, bg), 10, 0.9, d.x, d.tx, d.age, d.p, d.w));
    assertEquals(
        "CovariateFit.draws must be fits of one model with the same covariates (draw 0:"
            + " paretonbd [income] [web]), was \"draw 1: bgnbd [income] [web]\"",
        mixed.getMessage());
    CxValidationException empty =
        assertThrows(
            CxValidationException.class,
            () -> CovariateFit.purchaseIntervals(List.of(), 10, 0.9, d.x, d.tx, d.age, d.p, d.w));
    assertEquals("CovariateFit.draws must not be empty, was []", empty.getMessage());
    CxValidationException count =
        assertThrows(
            CxValidationException.class,
            () -> pareto.parameterDraws(d.x, d.tx, d.age, d.p, d.w, 100_001, 1));
    assertEquals(
        "CovariateFit.parameterDraws must be within 1..100,000, was 100001", count.getMessage());
    CxValidationException margin =
        assertThrows(
            CxValidationException.class,
            () ->
                pareto.clv(
                    SPEND,
                    d.x,
                    d.tx,
                    d.age,
                    d.monetary,
                    new ClvHorizon(10, 1, 0),
                    Double.NaN,
                    d.p,
                    d.w));
    assertEquals("Clv.margin must be finite, was NaN", margin.getMessage());
    double[] badMonetary = d.monetary.clone();
    int buyer = 0;
    while (d.x[buyer] == 0) {
      buyer++;
    }
    badMonetary[buyer] = -1;
    int row = buyer;
    CxValidationException monetary =
        assertThrows(
            CxValidationException.class,
            () ->
                CovariateFit.clvIntervals(
                    List.of(pareto),
                    SpendDraws.of(SPEND),
                    d.x,
                    d.tx,
                    d.age,
                    badMonetary,
                    new ClvHorizon(10, 1, 0),
                    1,
                    IntervalOptions.defaults(),
                    d.p,
                    d.w));
    assertEquals(
        "GammaGamma.monetary must be non-negative and finite when the frequency is positive"
            + " (customer index "
            + row
            + "), was -1.0",
        monetary.getMessage());
  }
}
