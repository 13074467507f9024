/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.index;

import io.github.cx4j.scoring.index.Construct;
import io.github.cx4j.scoring.index.PathModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Generates the tour's ECSI survey: answers on a 1-10 scale to the 24 items of {@link
 * PathModel#ecsi()}, simulated from known standardised path coefficients. Each construct is a
 * standard normal latent variable {@code eta_j = sum beta_ij eta_i + zeta_j} with the disturbance
 * variance that gives {@code var(eta_j) = 1}; each item is {@code 7 + 1.5 (l eta + sqrt(1 - l^2)
 * e)}, rounded and clipped to 1..10, with loading {@code l = 0.85} (0.95 for the single complaint
 * item). The generator is deterministic for a seed ({@link Random#nextGaussian()} is specified
 * exactly), so the shipped file {@code examples/ecsi-survey.csv} can be regenerated bit for bit.
 */
public final class EcsiSurvey {
  /** The seed of the shipped survey. */
  public static final long SEED = 20_050_101L;

  /** The number of respondents of the shipped survey, as in Tenenhaus et al. (2005). */
  public static final int RESPONDENTS = 250;

  /** The loading of every multi-item indicator. */
  public static final double LOADING = 0.85;

  /** The loading of the single complaint item. */
  public static final double SINGLE_LOADING = 0.95;

  private EcsiSurvey() {}

  /**
   * The true standardised path coefficients, close to the estimates of Tenenhaus et al. (2005) on
   * the mobile-phone survey.
   *
   * @return path {@code [from, to]} to coefficient, in the preset's path order
   */
  public static Map<List<String>, Double> truePaths() {
    Map<List<String>, Double> beta = new LinkedHashMap<>();
    beta.put(List.of("IMAG", "EXPE"), 0.50);
    beta.put(List.of("IMAG", "SAT"), 0.20);
    beta.put(List.of("IMAG", "LOY"), 0.20);
    beta.put(List.of("EXPE", "QUAL"), 0.55);
    beta.put(List.of("EXPE", "VAL"), 0.05);
    beta.put(List.of("EXPE", "SAT"), 0.05);
    beta.put(List.of("QUAL", "VAL"), 0.55);
    beta.put(List.of("QUAL", "SAT"), 0.40);
    beta.put(List.of("VAL", "SAT"), 0.20);
    beta.put(List.of("SAT", "COMP"), 0.50);
    beta.put(List.of("SAT", "LOY"), 0.45);
    beta.put(List.of("COMP", "LOY"), 0.10);
    return beta;
  }

  /**
   * Simulates the survey.
   *
   * @param respondents the number of respondents
   * @param seed the seed
   * @return item name to answers (1-10), in the order of {@link PathModel#ecsi()}'s indicators
   */
  public static Map<String, double[]> generate(int respondents, long seed) {
    PathModel model = PathModel.ecsi();
    List<String> names = model.names();
    int j = names.size();
    double[][] b = new double[j][j];
    for (Map.Entry<List<String>, Double> e : truePaths().entrySet()) {
      b[names.indexOf(e.getKey().get(0))][names.indexOf(e.getKey().get(1))] = e.getValue();
    }
    // names are in topological order in the preset
    double[][] cov = new double[j][j];
    double[] psi = new double[j];
    for (int c = 0; c < j; c++) {
      double explained = 0;
      for (int a = 0; a < c; a++) {
        for (int d = 0; d < c; d++) {
          explained += b[a][c] * b[d][c] * cov[a][d];
        }
      }
      psi[c] = 1 - explained;
      cov[c][c] = 1;
      for (int k = 0; k < c; k++) {
        double v = 0;
        for (int a = 0; a < c; a++) {
          v += b[a][c] * cov[a][k];
        }
        cov[c][k] = v;
        cov[k][c] = v;
      }
    }
    Random random = new Random(seed);
    List<Construct> constructs = model.constructs();
    Map<String, double[]> data = new LinkedHashMap<>();
    for (String item : model.indicators()) {
      data.put(item, new double[respondents]);
    }
    double[] eta = new double[j];
    for (int i = 0; i < respondents; i++) {
      for (int c = 0; c < j; c++) {
        double v = Math.sqrt(psi[c]) * random.nextGaussian();
        for (int a = 0; a < c; a++) {
          v += b[a][c] * eta[a];
        }
        eta[c] = v;
      }
      for (int c = 0; c < j; c++) {
        List<String> items = constructs.get(c).indicators();
        double l = items.size() == 1 ? SINGLE_LOADING : LOADING;
        for (String item : items) {
          double z = l * eta[c] + Math.sqrt(1 - l * l) * random.nextGaussian();
          Objects.requireNonNull(data.get(item))[i] =
              Math.max(1, Math.min(10, Math.round(7 + 1.5 * z)));
        }
      }
    }
    return data;
  }

  /**
   * The survey as CSV text: a header line of item names, then one line per respondent.
   *
   * @param data item name to answers
   * @return the CSV text with {@code \n} line ends
   */
  public static String toCsv(Map<String, double[]> data) {
    StringBuilder csv = new StringBuilder(String.join(",", data.keySet())).append('\n');
    int n = data.values().iterator().next().length;
    List<double[]> columns = new ArrayList<>(data.values());
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < columns.size(); k++) {
        if (k > 0) {
          csv.append(',');
        }
        csv.append(String.format(Locale.ROOT, "%d", (long) columns.get(k)[i]));
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /**
   * Writes the shipped survey: {@code java ... EcsiSurvey FILE}.
   *
   * @param args the output file
   * @throws java.io.IOException if the file cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Files.writeString(
        java.nio.file.Path.of(args[0]), toCsv(generate(RESPONDENTS, SEED)));
  }
}
