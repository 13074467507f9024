/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the survey data set that the tour and the CLI examples use, from a fixed seed, so
 * anyone can regenerate and check it: {@code examples/survey.csv} (one row per respondent of a
 * fictional retail chain's 2025 customer survey) and {@code examples/survey-kano.csv} (one row per
 * respondent and feature with the functional and dysfunctional Kano answers).
 *
 * <p>The model: each respondent has a latent satisfaction drawn from a normal distribution whose
 * mean depends on the region and rises over the year; the five attribute ratings (1-10) load on it
 * with noise; overall satisfaction (1-10) is a weighted sum of the attributes (speed 0.35, staff
 * 0.30, price 0.15, app 0.15, store 0.05) plus noise; likelihood to recommend (0-10), CSAT (1-5)
 * and CES (1-7) follow from it. About 2% of the recommend answers are left blank. Stated importance
 * (1-10) is drawn around fixed attribute means. Kano answers come from a fixed category mix per
 * feature. Normal draws use Box-Muller with {@link StrictMath}, so the output is identical on every
 * JVM.
 *
 * <p>Run: {@code java -cp cx4j.jar io.github.cx4j.examples.survey.SurveyDataGenerator DIR}.
 */
public final class SurveyDataGenerator {
  /** The seed of the shipped data set. */
  public static final long SEED = 20_250_101L;

  /** Respondents in the main file. */
  public static final int RESPONDENTS = 2_400;

  /** The attributes rated for performance and importance. */
  static final String[] ATTRIBUTES = {"speed", "staff", "price", "app", "store"};

  private static final double[] WEIGHTS = {0.35, 0.30, 0.15, 0.15, 0.05};
  private static final double[] IMPORTANCE = {8.6, 8.1, 7.4, 6.2, 4.9};
  private static final double[] ATTRIBUTE_MEANS = {5.6, 7.2, 5.4, 7.8, 7.9};
  private static final String[] REGIONS = {"north", "south", "east"};
  private static final double[] REGION_EFFECT = {0.25, -0.35, 0.05};

  /** Kano features and their category mix (A, O, M, I, R, Q shares). */
  static final String[] FEATURES = {
    "same-day delivery", "mobile payment", "free parking", "loyalty points", "live chat"
  };

  private static final double[][] KANO_MIX = {
    {0.45, 0.25, 0.08, 0.18, 0.02, 0.02},
    {0.10, 0.30, 0.45, 0.12, 0.02, 0.01},
    {0.12, 0.20, 0.25, 0.38, 0.03, 0.02},
    {0.20, 0.40, 0.10, 0.25, 0.03, 0.02},
    {0.25, 0.15, 0.05, 0.48, 0.05, 0.02}
  };

  /** Answer pairs (functional, dysfunctional) that produce each category. */
  private static final int[][][] KANO_PAIRS = {
    {{1, 2}, {1, 3}, {1, 4}},
    {{1, 5}},
    {{2, 5}, {3, 5}, {4, 5}},
    {{2, 2}, {2, 3}, {3, 3}, {3, 4}, {4, 4}, {2, 4}, {3, 2}, {4, 2}, {4, 3}},
    {{5, 1}, {2, 1}, {3, 1}, {5, 3}},
    {{1, 1}, {5, 5}}
  };

  private SurveyDataGenerator() {}

  /**
   * Writes both files into a directory.
   *
   * @param args the directory (default {@code examples/src/main/resources/examples})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/examples");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("survey.csv"), survey(SEED), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("survey-kano.csv"), kano(SEED), StandardCharsets.UTF_8);
  }

  /**
   * The main survey file.
   *
   * @param seed the seed
   * @return the CSV text
   */
  public static String survey(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    StringBuilder header =
        new StringBuilder("respondent,answered_at,region,recommend,csat,ces,overall");
    for (String a : ATTRIBUTES) {
      header.append(',').append(a);
    }
    for (String a : ATTRIBUTES) {
      header.append(",importance_").append(a);
    }
    out.print(header.append('\n'));
    LocalDate first = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < RESPONDENTS; i++) {
      int region = random.nextInt(REGIONS.length);
      int day = random.nextInt(365);
      int second = random.nextInt(86_400);
      Instant at = first.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(second);
      double trend = 0.5 * day / 365.0;
      double latent = REGION_EFFECT[region] + trend + gaussian(random);
      double[] rating = new double[ATTRIBUTES.length];
      double overall = 0;
      for (int j = 0; j < ATTRIBUTES.length; j++) {
        rating[j] =
            clamp(Math.round(ATTRIBUTE_MEANS[j] + 1.4 * latent + 1.1 * gaussian(random)), 1, 10);
        overall += WEIGHTS[j] * rating[j];
      }
      long overallRating = clamp(Math.round(overall + 0.6 * gaussian(random)), 1, 10);
      long recommend = clamp(Math.round(overall * 1.1 - 0.2 + 1.0 * gaussian(random)), 0, 10);
      long csat =
          clamp(Math.round(1 + (overallRating - 1) * 4 / 9.0 + 0.5 * gaussian(random)), 1, 5);
      long ces =
          clamp(
              Math.round(1 + (rating[0] + rating[3] - 2) * 6 / 18.0 + 0.7 * gaussian(random)),
              1,
              7);
      boolean blank = random.nextDouble() < 0.02;
      StringBuilder row = new StringBuilder();
      row.append(String.format(Locale.ROOT, "R%04d", i + 1))
          .append(',')
          .append(at)
          .append(',')
          .append(REGIONS[region])
          .append(',')
          .append(blank ? "" : String.valueOf(recommend))
          .append(',')
          .append(csat)
          .append(',')
          .append(ces)
          .append(',')
          .append(overallRating);
      for (double r : rating) {
        row.append(',').append((long) r);
      }
      for (int j = 0; j < ATTRIBUTES.length; j++) {
        row.append(',').append(clamp(Math.round(IMPORTANCE[j] + 1.2 * gaussian(random)), 1, 10));
      }
      out.print(row.append('\n'));
    }
    out.flush();
    return text.toString();
  }

  /**
   * The Kano file: 400 respondents x 5 features.
   *
   * @param seed the seed
   * @return the CSV text
   */
  public static String kano(long seed) {
    SplittableRandom random = new SplittableRandom(seed + 1);
    StringBuilder out = new StringBuilder("respondent,feature,functional,dysfunctional\n");
    for (int i = 0; i < 400; i++) {
      for (int f = 0; f < FEATURES.length; f++) {
        double u = random.nextDouble();
        int category = 0;
        double cumulative = KANO_MIX[f][0];
        while (u > cumulative && category < 5) {
          category++;
          cumulative += KANO_MIX[f][category];
        }
        int[][] pairs = KANO_PAIRS[category];
        int[] pair = pairs[random.nextInt(pairs.length)];
        out.append(String.format(Locale.ROOT, "K%03d", i + 1))
            .append(',')
            .append(FEATURES[f])
            .append(',')
            .append(pair[0])
            .append(',')
            .append(pair[1])
            .append('\n');
      }
    }
    return out.toString();
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  private static long clamp(double v, long low, long high) {
    return Math.max(low, Math.min(high, (long) v));
  }
}
