/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-keyed dictionaries against a HashMap of strings. */
class DictionaryProperties {
  /** Keys that differ only in length, trailing zero bytes, or beyond the first eight bytes. */
  private static final String[] TRICKY = {
    "",
    "a",
    "a\0",
    "a\0\0",
    "abcdefg",
    "abcdefg\u0007",
    "abcdefgh",
    "abcdefghi",
    "abcdefghj",
    "abcdefgh\0",
    "C0000001",
    "C0000001x",
    "\u00e9t\u00e9",
    "0123456789012345678901234567890123"
  };

  private static String randomKey(Random random) {
    if (random.nextInt(4) == 0) {
      return TRICKY[random.nextInt(TRICKY.length)];
    }
    int length = random.nextInt(random.nextBoolean() ? 9 : 40);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append((char) (random.nextInt(3) == 0 ? random.nextInt(4) : 'a' + random.nextInt(3)));
    }
    return b.toString();
  }

  @Test
  void codesAreDenseInOrderOfFirstInsertionAndStable() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(1, 3000))
        .checkAssert(
            (seed, n) -> {
              Random random = new Random(seed);
              ByteDictionary d = new ByteDictionary(1 + random.nextInt(64));
              Map<String, Integer> model = new HashMap<>();
              List<String> order = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                String key = randomKey(random);
                byte[] bytes = ("<" + key + ">").getBytes(StandardCharsets.UTF_8);
                int code = d.code(bytes, 1, bytes.length - 1);
                Integer expected = model.get(key);
                if (expected == null) {
                  expected = order.size();
                  model.put(key, expected);
                  order.add(key);
                }
                assertEquals(expected.intValue(), code, key);
              }
              assertEquals(order.size(), d.size());
              for (int c = 0; c < order.size(); c++) {
                assertEquals(order.get(c), d.string(c));
              }
            });
  }

  @Test
  void theSharedDictionaryGivesOneCodePerDistinctKey() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 2000))
        .checkAssert(
            (seed, n) -> {
              Random random = new Random(seed);
              SharedDictionary d = new SharedDictionary();
              Map<String, Integer> model = new HashMap<>();
              Map<Integer, String> back = new HashMap<>();
              for (int i = 0; i < n; i++) {
                String key = randomKey(random);
                byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
                int code = d.code(bytes, 0, bytes.length);
                Integer before = model.putIfAbsent(key, code);
                if (before != null) {
                  assertEquals(before.intValue(), code, key);
                }
                String other = back.putIfAbsent(code, key);
                if (other != null) {
                  assertEquals(other, key);
                }
                assertEquals(key, d.string(code));
              }
            });
  }
}
