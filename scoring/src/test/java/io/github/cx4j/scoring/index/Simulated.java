/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Survey data simulated from a path model with known standardised path coefficients: each construct
 * is a standard normal latent variable, {@code eta_j = sum beta_ij eta_i + zeta_j} with the
 * disturbance variance chosen so that {@code var(eta_j) = 1}, and each indicator is {@code loading
 * * eta + sqrt(1 - loading^2) * e} (single-item constructs are measured without error).
 */
final class Simulated {
  private Simulated() {}

  static Map<String, double[]> generate(
      PathModel model, Map<List<String>, Double> beta, double loading, int n, long seed) {
    List<String> names = model.names();
    int j = names.size();
    double[][] b = new double[j][j];
    for (Map.Entry<List<String>, Double> e : beta.entrySet()) {
      b[names.indexOf(e.getKey().get(0))][names.indexOf(e.getKey().get(1))] = e.getValue();
    }
    int[] order = model.topologicalOrder();
    double[][] cov = new double[j][j];
    double[] psi = new double[j];
    for (int t = 0; t < j; t++) {
      int c = order[t];
      double explained = 0;
      for (int a = 0; a < j; a++) {
        for (int d = 0; d < j; d++) {
          explained += b[a][c] * b[d][c] * cov[a][d];
        }
      }
      psi[c] = 1 - explained;
      if (psi[c] <= 0) {
        throw new IllegalArgumentException("paths explain more than all variance of " + c);
      }
      cov[c][c] = 1;
      for (int s = 0; s < t; s++) {
        int k = order[s];
        double v = 0;
        for (int a = 0; a < j; a++) {
          v += b[a][c] * cov[a][k];
        }
        cov[c][k] = v;
        cov[k][c] = v;
      }
    }
    Random random = new Random(seed);
    Map<String, double[]> data = new LinkedHashMap<>();
    Map<String, Integer> owner = new HashMap<>();
    for (int c = 0; c < j; c++) {
      for (String indicator : model.constructs().get(c).indicators()) {
        data.put(indicator, new double[n]);
        owner.put(indicator, c);
      }
    }
    double[] eta = new double[j];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < j; t++) {
        int c = order[t];
        double v = Math.sqrt(psi[c]) * random.nextGaussian();
        for (int a = 0; a < j; a++) {
          v += b[a][c] * eta[a];
        }
        eta[c] = v;
      }
      for (Map.Entry<String, double[]> e : data.entrySet()) {
        int c = owner.get(e.getKey());
        double l = model.constructs().get(c).indicators().size() == 1 ? 1.0 : loading;
        e.getValue()[i] = l * eta[c] + Math.sqrt(1 - l * l) * random.nextGaussian();
      }
    }
    return data;
  }

  /** The ECSI paths used in the recovery tests. */
  static Map<List<String>, Double> ecsiPaths() {
    Map<List<String>, Double> beta = new LinkedHashMap<>();
    beta.put(List.of("IMAG", "EXPE"), 0.5);
    beta.put(List.of("IMAG", "SAT"), 0.2);
    beta.put(List.of("IMAG", "LOY"), 0.2);
    beta.put(List.of("EXPE", "QUAL"), 0.6);
    beta.put(List.of("EXPE", "VAL"), 0.1);
    beta.put(List.of("EXPE", "SAT"), 0.1);
    beta.put(List.of("QUAL", "VAL"), 0.5);
    beta.put(List.of("QUAL", "SAT"), 0.3);
    beta.put(List.of("VAL", "SAT"), 0.3);
    beta.put(List.of("SAT", "COMP"), -0.4);
    beta.put(List.of("SAT", "LOY"), 0.5);
    beta.put(List.of("COMP", "LOY"), -0.1);
    return beta;
  }
}
