/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import io.github.cx4j.core.Labelled;
import java.util.Optional;

/**
 * The named segments of the R package {@code rfm} (Hebbali), with English and Chinese labels and
 * descriptions, plus {@link #OTHERS} for customers no rule matches. Rules of {@link
 * RfmSegmentation} whose name is one of {@link #englishName()} get these labels.
 */
public enum RfmSegment implements Labelled {
  /** Bought recently, buy often and spend the most. */
  CHAMPIONS("Champions"),
  /** Recent customers with average frequency who spent a good amount. */
  POTENTIAL_LOYALIST("Potential Loyalist"),
  /** Spend good money and respond to promotions. */
  LOYAL_CUSTOMERS("Loyal Customers"),
  /** Recent shoppers who have not spent much yet. */
  PROMISING("Promising"),
  /** Bought most recently, but not often. */
  NEW_CUSTOMERS("New Customers"),
  /** Made big and frequent purchases but have not returned for a long time. */
  CANT_LOSE_THEM("Can't Lose Them"),
  /** Spent big money and purchased often, but long ago. */
  AT_RISK("At Risk"),
  /** Above-average recency, frequency and monetary values, but not lately. */
  NEED_ATTENTION("Need Attention"),
  /** Below-average recency, frequency and monetary values: will be lost if not reactivated. */
  ABOUT_TO_SLEEP("About To Sleep"),
  /** Lowest recency, frequency and monetary scores. */
  LOST("Lost"),
  /** No rule matched. */
  OTHERS("Others");

  private final String englishName;

  RfmSegment(String englishName) {
    this.englishName = englishName;
  }

  /**
   * The segment's name as the R package {@code rfm} spells it, for example {@code "Can't Lose
   * Them"}.
   *
   * @return the name
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The preset segment with the given R name (exact spelling, ignoring case).
   *
   * @param name for example {@code "At Risk"}
   * @return the segment, if the name is one of the presets'
   */
  public static Optional<RfmSegment> byName(String name) {
    for (RfmSegment s : values()) {
      if (s.englishName.equalsIgnoreCase(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Override
  public String code() {
    return name();
  }
}
