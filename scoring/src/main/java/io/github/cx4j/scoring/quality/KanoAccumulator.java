package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;

/** A mergeable accumulator of Kano answer pairs for one feature: exact counts per category. */
public final class KanoAccumulator {
  private final String feature;
  private final long[] counts = new long[6];

  KanoAccumulator(String feature) {
    this.feature = feature;
  }

  /**
   * Adds an answer pair.
   *
   * @param functional the functional answer
   * @param dysfunctional the dysfunctional answer
   * @return this accumulator
   */
  public KanoAccumulator add(KanoAnswer functional, KanoAnswer dysfunctional) {
    counts[Kano.classify(functional, dysfunctional).ordinal()]++;
    return this;
  }

  /**
   * Adds an answer pair given as codes 1..5.
   *
   * @param functional the functional code
   * @param dysfunctional the dysfunctional code
   * @return this accumulator
   */
  public KanoAccumulator add(int functional, int dysfunctional) {
    counts[Kano.classify(functional, dysfunctional).ordinal()]++;
    return this;
  }

  /**
   * Adds a response, which must be about this accumulator's feature.
   *
   * @param response the response
   * @return this accumulator
   */
  public KanoAccumulator add(KanoResponse response) {
    if (!response.feature().equals(feature)) {
      throw CxValidationException.of(
          "Kano.feature", "be " + feature + " for this accumulator", response.feature());
    }
    return add(response.functional(), response.dysfunctional());
  }

  /**
   * Adds another accumulator's counts.
   *
   * @param other an accumulator of the same feature
   * @return this accumulator
   */
  public KanoAccumulator merge(KanoAccumulator other) {
    if (!feature.equals(other.feature)) {
      throw CxValidationException.of(
          "Kano.merge", "combine the same feature " + feature, other.feature);
    }
    for (int k = 0; k < 6; k++) {
      counts[k] += other.counts[k];
    }
    return this;
  }

  /**
   * The evaluation of the feature.
   *
   * @return the result
   * @throws CxValidationException if nothing was added
   */
  public KanoFeatureResult result() {
    return new KanoFeatureResult(feature, counts);
  }
}
