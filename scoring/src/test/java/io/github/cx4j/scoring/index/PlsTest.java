/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class PlsTest {
  private static final PathModel TWO =
      PathModel.builder()
          .addConstruct(Construct.of("X", Mode.A, List.of("x1", "x2", "x3")))
          .addConstruct(Construct.of("Y", Mode.A, List.of("y1", "y2")))
          .path("X", "Y")
          .build();

  /** Two blocks with unequal loadings, so that weights differ from item to item. */
  static Map<String, double[]> twoBlocks(int n, long seed) {
    Map<String, double[]> base =
        Simulated.generate(TWO, Map.of(List.of("X", "Y"), 0.6), 0.8, n, seed);
    double[] x1 = base.get("x1");
    double[] y2 = base.get("y2");
    double[] noise =
        Simulated.generate(TWO, Map.of(List.of("X", "Y"), 0.0), 0.1, n, seed + 1).get("x1");
    for (int i = 0; i < n; i++) {
      x1[i] = 0.5 * x1[i] + noise[i];
      y2[i] = y2[i] + 0.3 * base.get("x3")[i];
    }
    return base;
  }

  /** The indicators' correlation matrix, computed independently with Hipparchus. */
  static RealMatrix correlation(Map<String, double[]> data, List<String> names) {
    double[][] rows = new double[data.get(names.get(0)).length][names.size()];
    for (int c = 0; c < names.size(); c++) {
      double[] col = data.get(names.get(c));
      for (int i = 0; i < col.length; i++) {
        rows[i][c] = col[i];
      }
    }
    return new PearsonsCorrelation(rows).getCorrelationMatrix();
  }

  @Test
  void modeAOnTwoBlocksGivesTheFirstSingularVectorsOfTheCrossCorrelation() {
    Map<String, double[]> data = twoBlocks(400, 11);
    RealMatrix r = correlation(data, TWO.indicators());
    RealMatrix sxx = r.getSubMatrix(0, 2, 0, 2);
    RealMatrix syy = r.getSubMatrix(3, 4, 3, 4);
    RealMatrix sxy = r.getSubMatrix(0, 2, 3, 4);
    SingularValueDecomposition svd = new SingularValueDecomposition(sxy);
    double[] u = svd.getU().getColumn(0);
    double[] v = svd.getV().getColumn(0);
    double varU = quad(sxx, u);
    double varV = quad(syy, v);
    double sign = u[0] > 0 ? 1 : -1;
    double expectedPath = svd.getSingularValues()[0] / Math.sqrt(varU * varV);
    for (InnerScheme scheme : InnerScheme.values()) {
      PlsResult fit = Pls.fit(TWO, data, PlsOptions.builder().scheme(scheme).build());
      assertTrue(fit.converged());
      assertEquals(expectedPath, fit.path("X", "Y"), 1e-7, scheme.name());
      assertEquals(expectedPath * expectedPath, fit.rSquared().get("Y"), 1e-7);
      for (int k = 0; k < 3; k++) {
        assertEquals(sign * u[k] / Math.sqrt(varU), fit.weights().get("x" + (k + 1)), 1e-6);
      }
      double signV = v[0] > 0 ? 1 : -1;
      for (int k = 0; k < 2; k++) {
        assertEquals(signV * v[k] / Math.sqrt(varV), fit.weights().get("y" + (k + 1)), 1e-6);
      }
    }
  }

  @Test
  void oneIterationByHand() {
    Map<String, double[]> data = twoBlocks(150, 26);
    RealMatrix r = correlation(data, TWO.indicators());
    RealMatrix sxx = r.getSubMatrix(0, 2, 0, 2);
    RealMatrix syy = r.getSubMatrix(3, 4, 3, 4);
    RealMatrix sxy = r.getSubMatrix(0, 2, 3, 4);
    // start: unit weights scaled to unit score variance
    double[] wx = {1, 1, 1};
    double[] wy = {1, 1};
    wx = scale(wx, 1 / Math.sqrt(quad(sxx, wx)));
    wy = scale(wy, 1 / Math.sqrt(quad(syy, wy)));
    // centroid: the inner proxy of X is sign(cor(Y_X, Y_Y)) * Y_Y, and vice versa
    double cor = bilinear(sxy, wx, wy);
    double[] nx = sxy.operate(wy);
    double[] ny = sxy.transpose().operate(wx);
    nx = scale(nx, Math.signum(cor) / Math.sqrt(quad(sxx, nx)));
    ny = scale(ny, Math.signum(cor) / Math.sqrt(quad(syy, ny)));
    PlsResult one =
        Pls.fit(
            TWO, data, PlsOptions.builder().scheme(InnerScheme.CENTROID).maxIterations(1).build());
    assertEquals(1, one.iterations());
    for (int k = 0; k < 3; k++) {
      assertEquals(nx[k], one.weights().get("x" + (k + 1)), 1e-12);
    }
    for (int k = 0; k < 2; k++) {
      assertEquals(ny[k], one.weights().get("y" + (k + 1)), 1e-12);
    }
    assertEquals(bilinear(sxy, nx, ny), one.path("X", "Y"), 1e-12);
  }

  private static double[] scale(double[] v, double f) {
    double[] out = v.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= f;
    }
    return out;
  }

  private static double bilinear(RealMatrix m, double[] a, double[] b) {
    double[] mb = m.operate(b);
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * mb[i];
    }
    return s;
  }

  @Test
  void modeBOnTwoBlocksGivesTheFirstCanonicalCorrelation() {
    Map<String, double[]> data = twoBlocks(400, 12);
    RealMatrix r = correlation(data, TWO.indicators());
    RealMatrix lx = new CholeskyDecomposition(r.getSubMatrix(0, 2, 0, 2)).getL();
    RealMatrix ly = new CholeskyDecomposition(r.getSubMatrix(3, 4, 3, 4)).getL();
    RealMatrix whitened =
        inverse(lx).multiply(r.getSubMatrix(0, 2, 3, 4)).multiply(inverse(ly).transpose());
    double canonical = new SingularValueDecomposition(whitened).getSingularValues()[0];
    PathModel modeB = TWO.withMode(List.of("X", "Y"), Mode.B);
    PlsResult fit = Pls.fit(modeB, data, PlsOptions.builder().tolerance(1e-10).build());
    assertTrue(fit.converged());
    assertEquals(canonical, fit.path("X", "Y"), 1e-7);
    double[] x = fit.scores("X");
    double[] y = fit.scores("Y");
    assertEquals(canonical, new PearsonsCorrelation().correlation(x, y), 1e-7);
  }

  @Test
  void scoresAreStandardisedAndLoadingsAreTheirCorrelations() {
    Map<String, double[]> data = twoBlocks(300, 13);
    PlsResult fit = Pls.fit(TWO, data);
    double[] x = fit.scores("X");
    double mean = 0;
    double ss = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    assertEquals(0, mean, 1e-12);
    assertEquals(1, ss / (x.length - 1), 1e-10);
    PearsonsCorrelation pc = new PearsonsCorrelation();
    assertEquals(pc.correlation(data.get("x2"), x), fit.loadings().get("x2"), 1e-10);
    assertEquals(pc.correlation(data.get("y1"), x), fit.crossLoadings().get("y1").get("X"), 1e-10);
    assertEquals(pc.correlation(x, fit.scores("Y")), fit.path("X", "Y"), 1e-10);
    assertEquals(
        fit.loadings().get("x3") * fit.loadings().get("x3"), fit.communalities().get("x3"), 1e-15);
    assertEquals(300, fit.rows().length);
    assertEquals(1.0, fit.constructCorrelations().get("X").get("X"), 1e-12);
  }

  @Test
  void qualityCriteriaMatchTheirFormulas() {
    Map<String, double[]> data = twoBlocks(300, 14);
    PlsResult fit = Pls.fit(TWO, data);
    RealMatrix r = correlation(data, TWO.indicators());
    // standardised Cronbach's alpha of X from the correlation matrix
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      for (int l = 0; l < 3; l++) {
        sum += r.getEntry(k, l);
      }
    }
    double alpha = 3.0 / 2.0 * (1 - 3.0 / sum);
    ConstructQuality q = fit.quality().get("X");
    assertEquals(alpha, q.alpha(), 1e-10);
    double l1 = fit.loadings().get("x1");
    double l2 = fit.loadings().get("x2");
    double l3 = fit.loadings().get("x3");
    assertEquals((l1 * l1 + l2 * l2 + l3 * l3) / 3, q.ave(), 1e-12);
    double s = l1 + l2 + l3;
    assertEquals(s * s / (s * s + 3 - l1 * l1 - l2 * l2 - l3 * l3), q.rho(), 1e-12);
    double communality =
        (l1 * l1
                + l2 * l2
                + l3 * l3
                + fit.communalities().get("y1")
                + fit.communalities().get("y2"))
            / 5;
    assertEquals(Math.sqrt(communality * fit.rSquared().get("Y")), fit.gof(), 1e-12);
    // HTMT: mean |hetero| / sqrt(mean |mono X| * mean |mono Y|)
    double hetero = 0;
    for (int k = 0; k < 3; k++) {
      for (int l = 3; l < 5; l++) {
        hetero += Math.abs(r.getEntry(k, l)) / 6;
      }
    }
    double monoX =
        (Math.abs(r.getEntry(0, 1)) + Math.abs(r.getEntry(0, 2)) + Math.abs(r.getEntry(1, 2))) / 3;
    double monoY = Math.abs(r.getEntry(3, 4));
    assertEquals(hetero / Math.sqrt(monoX * monoY), fit.htmt().get(0).value(), 1e-12);
    assertEquals(1.0, fit.innerVif().get("Y").get("X"), 1e-12);
    assertTrue(fit.srmr() > 0 && fit.srmr() < 0.2);
    assertTrue(q.rhoA() > 0 && q.rhoA() < 1.2);
  }

  @Test
  void recoversKnownEcsiPathsWithConsistentPls() {
    PathModel ecsi = PathModel.ecsi();
    Map<List<String>, Double> truth = Simulated.ecsiPaths();
    Map<String, double[]> data = Simulated.generate(ecsi, truth, 0.8, 20_000, 2024);
    PlsResult plsc = Pls.fit(ecsi, data, PlsOptions.builder().consistent(true).build());
    assertTrue(plsc.converged());
    // tolerance 0.03: the standard error of each path at n = 20,000 is about 0.01
    for (PathEstimate p : plsc.paths()) {
      assertEquals(truth.get(List.of(p.from(), p.to())), p.coefficient(), 0.03, p.toString());
    }
    for (Map.Entry<String, Double> l : plsc.loadings().entrySet()) {
      double expected = l.getKey().equals("comp1") ? 1.0 : 0.8;
      assertEquals(expected, l.getValue(), 0.03, l.getKey());
    }
    // reliability of 5 items with loading 0.8: (5*0.8)^2 / ((5*0.8)^2 + 5*0.36)
    assertEquals(16 / (16 + 1.8), plsc.quality().get("IMAG").rhoA(), 0.02);
    PlsResult pls = Pls.fit(ecsi, data);
    // ordinary PLS attenuates the paths between constructs measured with error
    assertTrue(pls.path("IMAG", "EXPE") < plsc.path("IMAG", "EXPE"));
    assertEquals(0.5, pls.path("IMAG", "EXPE"), 0.1);
    double total =
        pls.path("IMAG", "SAT") + pls.path("IMAG", "EXPE") * pls.totalEffect("EXPE", "SAT");
    assertEquals(total, pls.totalEffect("IMAG", "SAT"), 1e-12);
    for (Effect e : pls.effects()) {
      assertEquals(e.total(), e.direct() + e.indirect(), 1e-15);
    }
  }

  @Test
  void signsFollowTheMajorityOfIndicators() {
    Map<String, double[]> data = twoBlocks(300, 15);
    PlsResult fit = Pls.fit(TWO, data);
    Map<String, double[]> flipped = new LinkedHashMap<>(data);
    for (String name : List.of("x1", "x2", "x3")) {
      double[] c = data.get(name).clone();
      for (int i = 0; i < c.length; i++) {
        c[i] = -c[i];
      }
      flipped.put(name, c);
    }
    PlsResult again = Pls.fit(TWO, flipped);
    // equal up to the convergence tolerance 1e-7
    assertEquals(fit.weights().get("x1"), again.weights().get("x1"), 1e-7);
    assertEquals(-fit.path("X", "Y"), again.path("X", "Y"), 1e-7);
    Map<String, double[]> oneReversed = new LinkedHashMap<>(data);
    oneReversed.put("x2", flipped.get("x2"));
    PlsResult reversed = Pls.fit(TWO, oneReversed);
    assertTrue(reversed.loadings().get("x2") < 0);
    assertTrue(reversed.loadings().get("x1") > 0);
    assertEquals(fit.path("X", "Y"), reversed.path("X", "Y"), 1e-7);
    assertEquals(fit.quality().get("X").alpha(), reversed.quality().get("X").alpha(), 1e-10);
  }

  @Test
  void unscaledIterationUsesTheCovarianceMatrix() {
    Map<String, double[]> data = twoBlocks(300, 16);
    Map<String, double[]> stretched = new LinkedHashMap<>(data);
    double[] x1 = data.get("x1").clone();
    for (int i = 0; i < x1.length; i++) {
      x1[i] *= 10;
    }
    stretched.put("x1", x1);
    PlsOptions unscaled = PlsOptions.builder().scaled(false).build();
    // with equal variances, scaled and unscaled agree; stretching x1 moves the unscaled weights
    // only
    PlsResult plain = Pls.fit(TWO, stretched);
    PlsResult raw = Pls.fit(TWO, stretched, unscaled);
    assertEquals(Pls.fit(TWO, data).weights().get("x1"), plain.weights().get("x1"), 1e-10);
    assertTrue(raw.weights().get("x1") > plain.weights().get("x1") + 0.05);
    // the closed form: unscaled mode A on two blocks uses the covariance's singular vectors
    assertTrue(raw.converged());
  }

  @Test
  void indexIsTheAcsiFormulaOnTheRawScale() {
    Map<String, double[]> data = twoBlocks(200, 17);
    // put the items on a 1-10 scale
    Map<String, double[]> scaled = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : data.entrySet()) {
      double[] c = new double[e.getValue().length];
      for (int i = 0; i < c.length; i++) {
        c[i] = Math.max(1, Math.min(10, Math.round(6 + 1.5 * e.getValue()[i])));
      }
      scaled.put(e.getKey(), c);
    }
    PlsOptions options = PlsOptions.builder().scale(RatingScale.ONE_TO_TEN).build();
    PlsResult fit = Pls.fit(TWO, scaled, options);
    IndexScore x = fit.index().get("X");
    double sumUnstd = 0;
    double[] u = new double[3];
    for (int k = 0; k < 3; k++) {
      u[k] = fit.weights().get("x" + (k + 1)) / sd(scaled.get("x" + (k + 1)));
      sumUnstd += u[k];
    }
    double expected = 0;
    for (int k = 0; k < 3; k++) {
      expected += u[k] / sumUnstd * (mean(scaled.get("x" + (k + 1))) - 1) / 9 * 100;
      assertEquals(u[k] / sumUnstd, x.itemWeights().get("x" + (k + 1)), 1e-12);
    }
    assertEquals(expected, x.value(), 1e-9);
    assertEquals(1, x.min());
    assertEquals(10, x.max());
    assertTrue(x.value() > 0 && x.value() < 100);
    // importance in the IPMA is the OLS slope of the 0-100 scores of Y on those of X
    double[] rx = rescaled(scaled, fit.index().get("X"));
    double[] ry = rescaled(scaled, fit.index().get("Y"));
    SimpleRegression ols = new SimpleRegression();
    for (int i = 0; i < rx.length; i++) {
      ols.addData(rx[i], ry[i]);
    }
    List<IpmaPoint> map = fit.ipma("Y");
    assertEquals(1, map.size());
    assertEquals(ols.getSlope(), map.get(0).importance(), 1e-9);
    assertEquals(x.value(), map.get(0).performance(), 1e-12);
    assertEquals(fit.totalEffect("X", "Y"), map.get(0).totalEffect(), 1e-15);
    assertTrue(fit.ipma("X").isEmpty());
    // without a declared scale the observed range is used
    IndexScore observed = Pls.fit(TWO, scaled).index().get("Y");
    assertEquals(1, observed.min());
    assertEquals(10, observed.max());
  }

  @Test
  void missingValuesFollowTheDeclaredPolicy() {
    Map<String, double[]> data = new LinkedHashMap<>(twoBlocks(100, 18));
    double[] x1 = data.get("x1").clone();
    x1[3] = -99;
    x1[7] = Double.NaN;
    double[] y2 = data.get("y2").clone();
    y2[7] = -99;
    y2[50] = -99;
    data.put("x1", x1);
    data.put("y2", y2);
    PlsOptions listwise = PlsOptions.builder().missingCode(-99).build();
    PlsResult fit = Pls.fit(TWO, data, listwise);
    assertEquals(97, fit.n());
    MissingReport report = fit.missing();
    assertEquals(MissingPolicy.LISTWISE, report.policy());
    assertEquals(100, report.rowsRead());
    assertEquals(97, report.rowsUsed());
    assertEquals(2, report.missingCells().get("x1"));
    assertEquals(2, report.missingCells().get("y2"));
    assertEquals(0, report.missingCells().get("x2"));
    assertEquals(4, report.totalMissing());
    assertEquals(-99, report.code().getAsDouble());
    int[] rows = fit.rows();
    assertEquals(97, rows.length);
    assertEquals(2, rows[2]);
    assertEquals(4, rows[3]);
    // listwise deletion is the same as fitting the complete rows
    Map<String, double[]> complete = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : data.entrySet()) {
      double[] c = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        c[i] = e.getValue()[rows[i]];
      }
      complete.put(e.getKey(), c);
    }
    assertEquals(Pls.fit(TWO, complete).path("X", "Y"), fit.path("X", "Y"), 1e-12);
    PlsResult mean =
        Pls.fit(
            TWO,
            data,
            PlsOptions.builder().missingCode(-99).missingPolicy(MissingPolicy.MEAN).build());
    assertEquals(100, mean.n());
    assertEquals(MissingPolicy.MEAN, mean.missing().policy());
    assertFalse(mean.path("X", "Y") == fit.path("X", "Y"));
  }

  @Test
  void badInputGivesErrorsThatNameIt() {
    Map<String, double[]> data = new LinkedHashMap<>(twoBlocks(50, 19));
    Map<String, double[]> constant = new LinkedHashMap<>(data);
    constant.put("x2", new double[50]);
    constant.put("y1", filled(50, 3));
    assertEquals(
        "Pls.data must give every indicator a non-zero variance, constant, was [x2, y1]",
        assertThrows(CxValidationException.class, () -> Pls.fit(TWO, constant)).getMessage());
    Map<String, double[]> collinear = new LinkedHashMap<>(data);
    double[] x3 = new double[50];
    for (int i = 0; i < 50; i++) {
      x3[i] = data.get("x1")[i] - 2 * data.get("x2")[i];
    }
    collinear.put("x3", x3);
    assertEquals(
        "Pls.data must not have perfectly collinear indicators in construct X, was [x1, x2, x3]",
        assertThrows(
                CxValidationException.class,
                () -> Pls.fit(TWO.withMode(List.of("X"), Mode.B), collinear))
            .getMessage());
    Map<String, double[]> missing = new LinkedHashMap<>(data);
    missing.remove("y2");
    assertEquals(
        "PathModel.indicators must be present in the data, missing, was [y2]",
        assertThrows(CxValidationException.class, () -> Pls.fit(TWO, missing)).getMessage());
    Map<String, double[]> ragged = new LinkedHashMap<>(data);
    ragged.put("y1", new double[49]);
    assertEquals(
        "Pls.data must have columns of equal length, but x1 has 50 rows and y1 has, was 49",
        assertThrows(CxValidationException.class, () -> Pls.fit(TWO, ragged)).getMessage());
    Map<String, double[]> infinite = new LinkedHashMap<>(data);
    double[] inf = data.get("y1").clone();
    inf[4] = Double.POSITIVE_INFINITY;
    infinite.put("y1", inf);
    assertEquals(
        "Pls.data must hold finite answers, but y1 row 4 is, was Infinity",
        assertThrows(CxValidationException.class, () -> Pls.fit(TWO, infinite)).getMessage());
    Map<String, double[]> tiny = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : data.entrySet()) {
      tiny.put(e.getKey(), java.util.Arrays.copyOf(e.getValue(), 2));
    }
    assertEquals(
        "Pls.data must have at least 3 usable respondents, was 2",
        assertThrows(CxValidationException.class, () -> Pls.fit(TWO, tiny)).getMessage());
    Map<String, double[]> allMissing = new LinkedHashMap<>(data);
    allMissing.put("y1", filled(50, Double.NaN));
    assertEquals(
        "Pls.data must have at least one answer to every indicator, all missing, was \"y1\"",
        assertThrows(CxValidationException.class, () -> Pls.fit(TWO, allMissing)).getMessage());
    PlsOptions scale = PlsOptions.builder().scale(RatingScale.ONE_TO_FIVE).build();
    CxValidationException outside =
        assertThrows(CxValidationException.class, () -> Pls.fit(TWO, data, scale));
    assertTrue(outside.getMessage().startsWith("Pls.data must keep x1 within the scale 1..5"));
    PlsResult fit = Pls.fit(TWO, data);
    assertEquals(
        "PlsResult.construct must be one of [X, Y], was \"Z\"",
        assertThrows(CxValidationException.class, () -> fit.scores("Z")).getMessage());
  }

  @Test
  void collinearPredecessorsAreNamed() {
    PathModel model =
        PathModel.builder()
            .addConstruct(Construct.of("A", Mode.A, List.of("a")))
            .addConstruct(Construct.of("B", Mode.A, List.of("b")))
            .addConstruct(Construct.of("C", Mode.A, List.of("c1", "c2")))
            .path("A", "C")
            .path("B", "C")
            .build();
    Map<String, double[]> data = twoBlocks(60, 20);
    Map<String, double[]> d = new LinkedHashMap<>();
    d.put("a", data.get("x1"));
    d.put("b", data.get("x1"));
    d.put("c1", data.get("y1"));
    d.put("c2", data.get("y2"));
    assertEquals(
        "Pls.data must not make the predecessors of C perfectly collinear, was [A, B]",
        assertThrows(CxValidationException.class, () -> Pls.fit(model, d)).getMessage());
  }

  @Test
  void optionsRejectBadValues() {
    assertEquals(
        "PlsOptions.tolerance must be positive and finite, was 0.0",
        assertThrows(CxValidationException.class, () -> PlsOptions.builder().tolerance(0).build())
            .getMessage());
    assertEquals(
        "PlsOptions.maxIterations must be at least 1, was 0",
        assertThrows(
                CxValidationException.class, () -> PlsOptions.builder().maxIterations(0).build())
            .getMessage());
    assertEquals(
        "PlsOptions.missingCode must be finite, was NaN",
        assertThrows(
                CxValidationException.class,
                () -> PlsOptions.builder().missingCode(Double.NaN).build())
            .getMessage());
  }

  @Test
  void reportsNonConvergence() {
    Map<String, double[]> data =
        Simulated.generate(PathModel.ecsi(), Simulated.ecsiPaths(), 0.7, 200, 21);
    PlsResult fit =
        Pls.fit(
            PathModel.ecsi(), data, PlsOptions.builder().maxIterations(1).tolerance(1e-12).build());
    assertFalse(fit.converged());
    assertEquals(1, fit.iterations());
  }

  @Test
  void bootstrapIsReproducibleAndSummarises() {
    Map<String, double[]> data = twoBlocks(120, 22);
    BootstrapResult a = Pls.bootstrap(TWO, data, PlsOptions.defaults(), 200, 7);
    BootstrapResult b = Pls.bootstrap(TWO, data, PlsOptions.defaults(), 200, 7);
    assertEquals(a.paths(), b.paths());
    assertEquals(a.weights(), b.weights());
    BootstrapEstimate path = a.paths().get(BootstrapResult.key("X", "Y"));
    assertEquals(a.estimate().path("X", "Y"), path.original(), 0);
    assertTrue(path.standardError() > 0.01 && path.standardError() < 0.2);
    assertEquals(path.original() / path.standardError(), path.t().getAsDouble(), 1e-12);
    assertTrue(path.interval().low() < path.original() && path.original() < path.interval().high());
    assertEquals(path, a.totalEffects().get("X -> Y"));
    assertEquals(5, a.loadings().size());
    assertEquals(200, a.resamples());
    assertEquals(0.95, a.level());
    assertTrue(a.failures().isEmpty());
    BootstrapResult other = Pls.bootstrap(TWO, data, PlsOptions.defaults(), 200, 8);
    assertFalse(other.paths().equals(a.paths()));
    assertEquals(
        "Pls.resamples must be at least 2, was 1",
        assertThrows(
                CxValidationException.class,
                () -> Pls.bootstrap(TWO, data, PlsOptions.defaults(), 1, 7))
            .getMessage());
  }

  @Test
  void failingResamplesAreReportedAndReplaced() {
    PathModel model =
        PathModel.builder()
            .addConstruct(Construct.of("X", Mode.A, List.of("x1", "x2")))
            .addConstruct(Construct.of("Y", Mode.A, List.of("rare")))
            .path("X", "Y")
            .build();
    Map<String, double[]> data = twoBlocks(40, 23);
    double[] rare = new double[40];
    rare[5] = 1;
    Map<String, double[]> d = new LinkedHashMap<>();
    d.put("x1", data.get("x1"));
    d.put("x2", data.get("x2"));
    d.put("rare", rare);
    BootstrapResult result = Pls.bootstrap(model, d, PlsOptions.defaults(), 60, 3);
    assertEquals(60, result.resamples());
    assertFalse(result.failures().isEmpty());
    for (BootstrapFailure f : result.failures()) {
      assertEquals(
          "Pls.data must give every indicator a non-zero variance, constant, was [rare]",
          f.reason());
      assertTrue(f.resample() >= 0 && f.resample() < 60 && f.attempt() >= 1);
    }
    // a single-item weight is fixed at 1: no t value
    assertTrue(result.weights().get("rare").t().isEmpty());
    assertEquals(1.0, result.weights().get("rare").mean(), 1e-12);
    assertEquals(
        result.failures(), Pls.bootstrap(model, d, PlsOptions.defaults(), 60, 3).failures());
  }

  private static double quad(RealMatrix m, double[] v) {
    return new Array2DRowRealMatrix(v)
        .transpose()
        .multiply(m)
        .multiply(new Array2DRowRealMatrix(v))
        .getEntry(0, 0);
  }

  private static RealMatrix inverse(RealMatrix lower) {
    return new org.hipparchus.linear.LUDecomposition(lower).getSolver().getInverse();
  }

  private static double[] filled(int n, double v) {
    double[] c = new double[n];
    java.util.Arrays.fill(c, v);
    return c;
  }

  static double mean(double[] c) {
    double s = 0;
    for (double v : c) {
      s += v;
    }
    return s / c.length;
  }

  static double sd(double[] c) {
    double m = mean(c);
    double s = 0;
    for (double v : c) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (c.length - 1));
  }

  private static double[] rescaled(Map<String, double[]> data, IndexScore index) {
    int n = data.values().iterator().next().length;
    double[] out = new double[n];
    for (Map.Entry<String, Double> w : index.itemWeights().entrySet()) {
      double[] c = data.get(w.getKey());
      for (int i = 0; i < n; i++) {
        out[i] += w.getValue() * 100 * (c[i] - index.min()) / (index.max() - index.min());
      }
    }
    return out;
  }

  @Test
  void weightsThatCancelOutGiveNoIndex() {
    PathModel ecsi = PathModel.ecsi();
    Map<String, double[]> noise = new LinkedHashMap<>();
    java.util.Random random = new java.util.Random(1);
    for (String item : ecsi.indicators()) {
      double[] c = new double[250];
      for (int i = 0; i < c.length; i++) {
        c[i] = random.nextGaussian();
      }
      noise.put(item, c);
    }
    PlsResult fit = Pls.fit(ecsi, noise);
    assertFalse(fit.index().containsKey("LOY"));
    assertTrue(fit.index().containsKey("SAT"));
    assertTrue(fit.ipma("LOY").isEmpty());
  }

  @Test
  void respondentsOneByOneGiveTheSameFit() {
    Map<String, double[]> data = twoBlocks(80, 25);
    List<Map<String, Double>> respondents = new java.util.ArrayList<>();
    for (int i = 0; i < 80; i++) {
      Map<String, Double> answers = new java.util.HashMap<>();
      for (Map.Entry<String, double[]> e : data.entrySet()) {
        if (!(i == 4 && e.getKey().equals("y1"))) {
          answers.put(e.getKey(), e.getValue()[i]);
        }
      }
      respondents.add(answers);
    }
    PlsResult rows = Pls.fit(TWO, respondents, PlsOptions.defaults());
    assertEquals(79, rows.n());
    assertEquals(1, rows.missing().missingCells().get("y1"));
    Map<String, double[]> complete = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : data.entrySet()) {
      double[] c = new double[79];
      for (int i = 0, t = 0; i < 80; i++) {
        if (i != 4) {
          c[t++] = e.getValue()[i];
        }
      }
      complete.put(e.getKey(), c);
    }
    assertEquals(Pls.fit(TWO, complete).path("X", "Y"), rows.path("X", "Y"), 1e-12);
  }

  @Test
  void arraysAreCopies() {
    PlsResult fit = Pls.fit(TWO, twoBlocks(50, 24));
    double[] s = fit.scores("X");
    s[0] = 1e9;
    assertFalse(fit.scores("X")[0] == 1e9);
    assertArrayEquals(fit.rows(), fit.rows());
  }
}
