/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/** The benefits of loyal customers (course file "Customer Relationship Management", 顾客忠诚的好处). */
public enum LoyaltyBenefit implements Labelled {
  /** Faster closing (加速成交). */
  FASTER_CLOSING,
  /** Cross-buying (交叉消费). */
  CROSS_BUYING,
  /** Referral (推荐). */
  REFERRAL,
  /** Repeat purchase (重复消费). */
  REPEAT_PURCHASE,
  /** Immunity to competitors (免疫). */
  IMMUNITY;

  @Override
  public String code() {
    return name();
  }
}
