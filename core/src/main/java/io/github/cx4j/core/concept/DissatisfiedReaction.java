/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * What dissatisfied customers do, with the shares the course gives (course file "Customer
 * Relationship Management", "the past"): about 4 % complain, 95 % stay silent and 50 % tell others.
 * The shares are of all dissatisfied customers; telling others overlaps the other two, so they do
 * not add up to 100.
 */
public enum DissatisfiedReaction implements Labelled {
  /** Complain (投诉), about 4 %. */
  COMPLAIN(4),
  /** Stay silent (选择沉默), about 95 %. */
  STAY_SILENT(95),
  /** Tell others (告诉其他人), about 50 %. */
  TELL_OTHERS(50);

  private final int percent;

  DissatisfiedReaction(int percent) {
    this.percent = percent;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The share of dissatisfied customers who react this way, as the seed gives it.
   *
   * @return per cent of dissatisfied customers
   */
  public int percent() {
    return percent;
  }
}
