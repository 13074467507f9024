/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.customer.Level;
import io.github.cx4j.core.internal.Checks;

/**
 * The four styles of customer service from its procedural and personal sides (course file
 * "Understanding Customer Service"): indifferent (both weak), by the book (procedural only),
 * friendly but disorganised (personal only) and quality service (both strong).
 *
 * <p>{@link #classify(double, double)} takes the two sub-scores on 0..1 and calls a side strong
 * when it reaches {@link #DEFAULT_THRESHOLD}; the overload takes the caller's thresholds. The
 * classification is monotone: raising a sub-score never turns a strong side weak.
 */
public enum ServiceStyle implements Labelled {
  /** Both sides weak (漠不关心型). */
  INDIFFERENT(Level.LOW, Level.LOW),
  /** Strong procedures, weak personal side (按部就班型). */
  BY_THE_BOOK(Level.HIGH, Level.LOW),
  /** Strong personal side, weak procedures (热情友好型). */
  FRIENDLY_BUT_DISORGANISED(Level.LOW, Level.HIGH),
  /** Both sides strong (优质服务型). */
  QUALITY_SERVICE(Level.HIGH, Level.HIGH);

  /** The default threshold on 0..1 sub-scores at and above which a side counts as strong. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final Level procedural;
  private final Level personal;

  ServiceStyle(Level procedural, Level personal) {
    this.procedural = procedural;
    this.personal = personal;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The level of the procedural side in this style.
   *
   * @return {@link Level#HIGH} for strong procedures
   */
  public Level procedural() {
    return procedural;
  }

  /**
   * The level of the personal side in this style.
   *
   * @return {@link Level#HIGH} for a strong personal side
   */
  public Level personal() {
    return personal;
  }

  /**
   * The style with the given levels: the cell of the two-by-two matrix.
   *
   * @param procedural the procedural level
   * @param personal the personal level
   * @return the style
   */
  public static ServiceStyle of(Level procedural, Level personal) {
    for (ServiceStyle style : values()) {
      if (style.procedural == procedural && style.personal == personal) {
        return style;
      }
    }
    throw new AssertionError("every cell of the matrix has a style");
  }

  /**
   * Classifies from sub-scores on 0..1 with the default threshold 0.5 on both axes.
   *
   * @param procedural the procedural sub-score, 0..1
   * @param personal the personal sub-score, 0..1
   * @return the style
   * @throws io.github.cx4j.core.CxValidationException if a sub-score is not a finite number within
   *     0..1
   */
  public static ServiceStyle classify(double procedural, double personal) {
    Checks.unit(procedural, "ServiceStyle.procedural");
    Checks.unit(personal, "ServiceStyle.personal");
    return classify(procedural, personal, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD);
  }

  /**
   * Classifies from sub-scores on any scale with the caller's thresholds: a side is strong when its
   * sub-score is at least its threshold.
   *
   * @param procedural the procedural sub-score
   * @param personal the personal sub-score
   * @param proceduralThreshold the procedural threshold, on the sub-score's scale
   * @param personalThreshold the personal threshold, on the sub-score's scale
   * @return the style
   * @throws io.github.cx4j.core.CxValidationException if any argument is not finite
   */
  public static ServiceStyle classify(
      double procedural, double personal, double proceduralThreshold, double personalThreshold) {
    Checks.finite(procedural, "ServiceStyle.procedural");
    Checks.finite(personal, "ServiceStyle.personal");
    Checks.finite(proceduralThreshold, "ServiceStyle.proceduralThreshold");
    Checks.finite(personalThreshold, "ServiceStyle.personalThreshold");
    return of(Level.of(procedural, proceduralThreshold), Level.of(personal, personalThreshold));
  }
}
