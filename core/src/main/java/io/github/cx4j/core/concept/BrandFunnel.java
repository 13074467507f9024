/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The five dimensions of becoming a brand (成为品牌的五度空间：知名度、美誉度、满意度、忠诚度、依赖度) of course file "All-Staff
 * Service", lecture three, computed as a funnel: of an audience, how many know the brand, think
 * well of it, are satisfied, are loyal and depend on it. Each stage is a subset of the one before,
 * so the counts may not grow from stage to stage.
 *
 * <p>The course names the five dimensions and says that service "creates satisfaction, builds
 * loyalty and produces dependence"; the funnel arithmetic, the score and the weakest step are
 * cx4j's: the {@linkplain #score() score} is the mean share of the audience over the five stages (0
 * to 100), and the {@linkplain #weakestStep() weakest step} is the stage that keeps the smallest
 * share of the stage before it.
 *
 * @param audience the people asked, more than 0
 * @param stages the five stages in the course's order
 */
public record BrandFunnel(long audience, List<Stage> stages) {

  /**
   * One stage of the funnel.
   *
   * @param dimension the dimension
   * @param count how many of the audience reached it
   * @param shareOfAudience {@code count / audience}
   * @param conversion {@code count} over the count of the stage before (for awareness, over the
   *     audience); 0 when the stage before is empty
   */
  public record Stage(
      BrandDimension dimension, long count, double shareOfAudience, double conversion) {}

  /**
   * Copies the stages.
   *
   * @param audience the audience
   * @param stages the stages
   */
  public BrandFunnel {
    stages = List.copyOf(stages);
  }

  /**
   * Computes the funnel.
   *
   * @param audience the people asked, more than 0
   * @param counts how many reached each dimension, five counts in the order awareness, reputation,
   *     satisfaction, loyalty, dependence
   * @return the funnel
   * @throws CxValidationException naming the dimension and the value when a count is negative,
   *     exceeds the audience or exceeds the stage before, or when there are not five counts
   */
  public static BrandFunnel of(long audience, long... counts) {
    if (audience <= 0) {
      throw CxValidationException.of("BrandFunnel.audience", "be more than 0", audience);
    }
    BrandDimension[] dims = BrandDimension.values();
    if (counts.length != dims.length) {
      throw CxValidationException.of(
          "BrandFunnel.counts", "have one count per dimension (5)", counts.length);
    }
    List<Stage> stages = new ArrayList<>();
    long before = audience;
    String beforeName = "audience";
    for (int i = 0; i < dims.length; i++) {
      long c = counts[i];
      String field = "BrandFunnel." + dims[i].code();
      if (c < 0) {
        throw CxValidationException.of(field, "be at least 0", c);
      }
      if (c > before) {
        throw CxValidationException.of(field, "be at most " + beforeName + " (" + before + ")", c);
      }
      double conversion = before == 0 ? 0.0 : (double) c / before;
      stages.add(new Stage(dims[i], c, (double) c / audience, conversion));
      before = c;
      beforeName = dims[i].code();
    }
    return new BrandFunnel(audience, stages);
  }

  /**
   * The brand score: the mean share of the audience over the five stages, times 100.
   *
   * @return 0 (nobody knows the brand) to 100 (everybody depends on it)
   */
  public double score() {
    double sum = 0;
    for (Stage s : stages) {
      sum += s.shareOfAudience();
    }
    return 100.0 * sum / stages.size();
  }

  /**
   * The stage that keeps the smallest share of the stage before it; the first such stage on a tie.
   * This is where the funnel leaks most, and where service should work first.
   *
   * @return the weakest stage
   */
  public Stage weakestStep() {
    Stage weakest = stages.get(0);
    for (Stage s : stages) {
      if (s.conversion() < weakest.conversion()) {
        weakest = s;
      }
    }
    return weakest;
  }
}
