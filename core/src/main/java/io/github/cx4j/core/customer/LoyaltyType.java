/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Checks;

/**
 * Loyalty types in the relative-attitude by repeat-patronage matrix of Dick and Basu (1994),
 * "Customer loyalty: toward an integrated conceptual framework", JAMS 22(2), 99-113; the seed
 * (course file "Customer Relationship Management", 客户忠诚度类型) lists loyalty types and the benefits of
 * loyal customers.
 *
 * <table>
 *   <caption>Relative attitude (rows) by repeat patronage (columns)</caption>
 *   <tr><th></th><th>high patronage</th><th>low patronage</th></tr>
 *   <tr><th>high attitude</th><td>LOYALTY</td><td>LATENT</td></tr>
 *   <tr><th>low attitude</th><td>SPURIOUS</td><td>NONE</td></tr>
 * </table>
 *
 * <p>{@link #classify(double, double)} takes both measures on 0..1 (for example a normalised
 * attitude score and a share of purchases) with the threshold 0.5; the overload takes the caller's
 * thresholds on any scale. Raising either measure never lowers its level, so the classification is
 * monotone.
 */
public enum LoyaltyType implements Labelled {
  /** High attitude, high patronage (忠诚). */
  LOYALTY(Level.HIGH, Level.HIGH),
  /** High attitude, low patronage (潜在忠诚). */
  LATENT(Level.HIGH, Level.LOW),
  /** Low attitude, high patronage (虚假忠诚). */
  SPURIOUS(Level.LOW, Level.HIGH),
  /** Low attitude, low patronage (不忠诚). */
  NONE(Level.LOW, Level.LOW);

  /** The default threshold on 0..1 measures at and above which a measure counts as high. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final Level attitude;
  private final Level patronage;

  LoyaltyType(Level attitude, Level patronage) {
    this.attitude = attitude;
    this.patronage = patronage;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The relative-attitude level of this type.
   *
   * @return high or low
   */
  public Level attitude() {
    return attitude;
  }

  /**
   * The repeat-patronage level of this type.
   *
   * @return high or low
   */
  public Level patronage() {
    return patronage;
  }

  /**
   * The type of a cell of the matrix.
   *
   * @param attitude the relative-attitude level
   * @param patronage the repeat-patronage level
   * @return the loyalty type
   */
  public static LoyaltyType of(Level attitude, Level patronage) {
    for (LoyaltyType type : values()) {
      if (type.attitude == attitude && type.patronage == patronage) {
        return type;
      }
    }
    throw new AssertionError("every cell of the matrix has a type");
  }

  /**
   * Classifies measures on 0..1 with the threshold {@value #DEFAULT_THRESHOLD} on both.
   *
   * @param relativeAttitude the relative attitude, 0..1
   * @param repeatPatronage the repeat patronage (for example the share of category purchases), 0..1
   * @return the loyalty type
   * @throws CxValidationException if a measure is not a finite number within 0..1
   */
  public static LoyaltyType classify(double relativeAttitude, double repeatPatronage) {
    Checks.unit(relativeAttitude, "LoyaltyType.relativeAttitude");
    Checks.unit(repeatPatronage, "LoyaltyType.repeatPatronage");
    return classify(relativeAttitude, repeatPatronage, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD);
  }

  /**
   * Classifies measures on any scale with the caller's thresholds: a measure is high when it is at
   * least its threshold.
   *
   * @param relativeAttitude the relative attitude
   * @param repeatPatronage the repeat patronage
   * @param attitudeThreshold the attitude threshold, on the attitude's scale
   * @param patronageThreshold the patronage threshold, on the patronage's scale
   * @return the loyalty type
   * @throws CxValidationException if any argument is not finite
   */
  public static LoyaltyType classify(
      double relativeAttitude,
      double repeatPatronage,
      double attitudeThreshold,
      double patronageThreshold) {
    Checks.finite(relativeAttitude, "LoyaltyType.relativeAttitude");
    Checks.finite(repeatPatronage, "LoyaltyType.repeatPatronage");
    Checks.finite(attitudeThreshold, "LoyaltyType.attitudeThreshold");
    Checks.finite(patronageThreshold, "LoyaltyType.patronageThreshold");
    return of(
        Level.of(relativeAttitude, attitudeThreshold),
        Level.of(repeatPatronage, patronageThreshold));
  }

  /**
   * Classifies whole columns (the batch path, for example one entry per customer), with the
   * caller's thresholds; entry {@code i} is {@code classify(relativeAttitude[i],
   * repeatPatronage[i], attitudeThreshold, patronageThreshold)}.
   *
   * @param relativeAttitude the relative attitudes
   * @param repeatPatronage the repeat patronages, as many as the attitudes
   * @param attitudeThreshold the attitude threshold
   * @param patronageThreshold the patronage threshold
   * @return one loyalty type per entry
   * @throws CxValidationException if the columns differ in length or a value is not finite (naming
   *     its index)
   */
  public static LoyaltyType[] classify(
      double[] relativeAttitude,
      double[] repeatPatronage,
      double attitudeThreshold,
      double patronageThreshold) {
    if (relativeAttitude.length != repeatPatronage.length) {
      throw CxValidationException.of(
          "LoyaltyType.repeatPatronage",
          "have as many entries as relativeAttitude (" + relativeAttitude.length + ")",
          repeatPatronage.length);
    }
    Checks.finite(attitudeThreshold, "LoyaltyType.attitudeThreshold");
    Checks.finite(patronageThreshold, "LoyaltyType.patronageThreshold");
    LoyaltyType[] types = new LoyaltyType[relativeAttitude.length];
    for (int i = 0; i < types.length; i++) {
      double a = Checks.finite(relativeAttitude[i], "LoyaltyType.relativeAttitude[" + i + "]");
      double p = Checks.finite(repeatPatronage[i], "LoyaltyType.repeatPatronage[" + i + "]");
      boolean highA = a >= attitudeThreshold;
      boolean highP = p >= patronageThreshold;
      types[i] = highA ? (highP ? LOYALTY : LATENT) : (highP ? SPURIOUS : NONE);
    }
    return types;
  }
}
