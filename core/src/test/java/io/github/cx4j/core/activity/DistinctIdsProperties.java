/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cx4j.core.CustomerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The open-addressing distinctness check against a {@link HashMap} on random tables. */
class DistinctIdsProperties {

  /** The first repeat in row order as a {@link HashMap} finds it, in the same encoding. */
  private static long reference(List<CustomerId> ids) {
    Map<CustomerId, Integer> seen = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer before = seen.putIfAbsent(ids.get(i), i);
      if (before != null) {
        return ((long) before << 32) | i;
      }
    }
    return -1;
  }

  @Test
  void findsTheSameFirstRepeatAsAHashMap() {
    qt().forAll(longs().all(), integers().between(0, 3_000), integers().between(1, 5_000))
        .checkAssert(
            (seed, size, alphabet) -> {
              Random random = new Random(seed);
              List<CustomerId> ids = new ArrayList<>(size);
              for (int i = 0; i < size; i++) {
                // short keys collide in hash often ("Aa" and "BB"); a wide alphabet rarely repeats
                ids.add(
                    CustomerId.of(
                        random.nextInt(4) == 0
                            ? (random.nextBoolean() ? "Aa" : "BB") + random.nextInt(alphabet)
                            : "c" + random.nextInt(alphabet)));
              }
              assertEquals(reference(ids), DistinctIds.firstRepeat(ids), ids::toString);
            });
  }

  @Test
  void distinctTablesOfEverySizeUpToAPowerOfTwoBoundaryPass() {
    for (int n = 0; n <= 70; n++) {
      List<CustomerId> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(CustomerId.of("id" + i));
      }
      assertEquals(-1, DistinctIds.firstRepeat(ids), "n=" + n);
      if (n > 0) {
        ids.add(ids.get(n / 2));
        assertEquals(((long) (n / 2) << 32) | n, DistinctIds.firstRepeat(ids), "n=" + n);
      }
    }
  }
}
