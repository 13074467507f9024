/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.customer.LoyaltyType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The loyalty types of a customer base (Dick and Basu 1994; course file "Customer Relationship
 * Management"): each customer's relative attitude and repeat patronage classified by {@link
 * LoyaltyType#classify(double, double, double, double)}, with the count and share of each type.
 * Repeat patronage can be, for example, the share of category purchases or the RFM frequency;
 * relative attitude a normalised survey score.
 */
public final class LoyaltyBase {
  private final byte[] types;
  private final long[] counts;

  private LoyaltyBase(byte[] types, long[] counts) {
    this.types = types;
    this.counts = counts;
  }

  /**
   * Classifies measures on {@code 0..1} with the threshold 0.5 on both.
   *
   * @param attitude relative attitude per customer, {@code 0..1}
   * @param patronage repeat patronage per customer, {@code 0..1}
   * @return the loyalty base
   * @throws CxValidationException if the columns differ in length or a measure is outside {@code
   *     0..1}
   */
  public static LoyaltyBase of(double[] attitude, double[] patronage) {
    check(attitude, patronage);
    byte[] types = new byte[attitude.length];
    for (int i = 0; i < types.length; i++) {
      types[i] = (byte) LoyaltyType.classify(attitude[i], patronage[i]).ordinal();
    }
    return new LoyaltyBase(types, count(types));
  }

  /**
   * Classifies measures on any scale with the caller's thresholds (a measure at or above its
   * threshold is high).
   *
   * @param attitude relative attitude per customer
   * @param patronage repeat patronage per customer
   * @param attitudeThreshold threshold of high attitude
   * @param patronageThreshold threshold of high patronage
   * @return the loyalty base
   * @throws CxValidationException if the columns differ in length or a number is not finite
   */
  public static LoyaltyBase of(
      double[] attitude, double[] patronage, double attitudeThreshold, double patronageThreshold) {
    check(attitude, patronage);
    byte[] types = new byte[attitude.length];
    for (int i = 0; i < types.length; i++) {
      types[i] =
          (byte)
              LoyaltyType.classify(attitude[i], patronage[i], attitudeThreshold, patronageThreshold)
                  .ordinal();
    }
    return new LoyaltyBase(types, count(types));
  }

  /**
   * The number of customers.
   *
   * @return the count
   */
  public int size() {
    return types.length;
  }

  /**
   * Customer {@code i}'s loyalty type.
   *
   * @param i the customer's position
   * @return the type
   */
  public LoyaltyType type(int i) {
    return LoyaltyType.values()[types[i]];
  }

  /**
   * Customers per type, all four present.
   *
   * @return the counts
   */
  public Map<LoyaltyType, Long> counts() {
    Map<LoyaltyType, Long> out = new EnumMap<>(LoyaltyType.class);
    for (LoyaltyType t : LoyaltyType.values()) {
      out.put(t, counts[t.ordinal()]);
    }
    return out;
  }

  /**
   * A type's share of the customers.
   *
   * @param type the type
   * @return a fraction, 0 for an empty base
   */
  public double share(LoyaltyType type) {
    return types.length == 0 ? 0.0 : counts[type.ordinal()] / (double) types.length;
  }

  private static long[] count(byte[] types) {
    long[] counts = new long[LoyaltyType.values().length];
    for (byte t : types) {
      counts[t]++;
    }
    return counts;
  }

  private static void check(double[] attitude, double[] patronage) {
    if (attitude.length != patronage.length) {
      throw CxValidationException.of(
          "LoyaltyBase.columns",
          "have equal lengths",
          Arrays.toString(new int[] {attitude.length, patronage.length}));
    }
  }
}
