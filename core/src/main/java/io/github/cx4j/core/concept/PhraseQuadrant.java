/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The script map (話術地圖) of course file "Customer Relationship Management" (李华丽《客户关系管理》), slide
 * "服務溝通技巧": two axes, what customers like or dislike to hear and what service staff like or dislike
 * to say, and four quadrants. The slide names the axes and numbers the quadrants; cx4j reads the
 * numbers as in a plane, with "staff like to say" to the right and "customers like to hear" at the
 * top, and the advice per quadrant is cx4j's. {@link #of(boolean, boolean)} places a phrase.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum PhraseQuadrant implements Labelled {
  /** First quadrant: customers like to hear it and staff like to say it (第一象限). */
  FIRST,
  /** Second quadrant: customers like to hear it, staff do not like to say it (第二象限). */
  SECOND,
  /** Third quadrant: customers do not like to hear it, staff do not like to say it (第三象限). */
  THIRD,
  /** Fourth quadrant: customers do not like to hear it, staff like to say it (第四象限). */
  FOURTH;

  @Override
  public String code() {
    return name();
  }

  /**
   * The quadrant of a phrase.
   *
   * @param customersLikeToHear whether customers like to hear the phrase
   * @param staffLikeToSay whether service staff like to say it
   * @return the quadrant
   */
  public static PhraseQuadrant of(boolean customersLikeToHear, boolean staffLikeToSay) {
    if (customersLikeToHear) {
      return staffLikeToSay ? FIRST : SECOND;
    }
    return staffLikeToSay ? FOURTH : THIRD;
  }

  /**
   * Whether customers like to hear the phrases of this quadrant.
   *
   * @return true for the first and second quadrants
   */
  public boolean customersLikeToHear() {
    return this == FIRST || this == SECOND;
  }

  /**
   * Whether service staff like to say the phrases of this quadrant.
   *
   * @return true for the first and fourth quadrants
   */
  public boolean staffLikeToSay() {
    return this == FIRST || this == FOURTH;
  }
}
