/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
    "C10000000",
    "C10000001",
    "abcdefg\u00e9",
    "\u00e9bcdefgh",
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

  /**
   * Keys of eight to ten bytes from a few byte values, ASCII or not: a key of nine ASCII bytes is
   * compared packed in the slot, any other through the arena, and the two must never be confused.
   */
  @Test
  void nineByteKeysPackedOrNotKeepTheirIdentity() {
    byte[] alphabet = {'0', '1', 'C', 0, 0x7F, (byte) 0x80, (byte) 0xC3, (byte) 0xFF};
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(1, 2000))
        .checkAssert(
            (seed, n) -> {
              Random random = new Random(seed);
              ByteDictionary d = new ByteDictionary(1 + random.nextInt(64));
              Map<String, Integer> model = new HashMap<>();
              List<String> order = new ArrayList<>();
              int span = 1 + random.nextInt(alphabet.length);
              for (int i = 0; i < n; i++) {
                int length = 8 + random.nextInt(3);
                byte[] bytes = new byte[length + 2];
                for (int k = 1; k <= length; k++) {
                  bytes[k] = alphabet[random.nextInt(span)];
                }
                String key = new String(bytes, 1, length, StandardCharsets.ISO_8859_1);
                int code = d.code(bytes, 1, length + 1);
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
                byte[] copy = new byte[d.length(c)];
                d.copy(c, copy, 0);
                assertEquals(order.get(c), new String(copy, StandardCharsets.ISO_8859_1));
              }
            });
  }

  @Test
  void packingNineAsciiBytesIsOneToOne() {
    qt().withExamples(2000)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (a, b) -> {
              byte[] x = new byte[9];
              byte[] y = new byte[9];
              for (int k = 0; k < 9; k++) {
                x[k] = (byte) ((a >>> (7 * k)) & 0x7F);
                y[k] = (byte) ((b >>> (7 * k)) & 0x7F);
              }
              assertTrue(ByteDictionary.asciiNine(x, 0));
              assertEquals(
                  java.util.Arrays.equals(x, y),
                  ByteDictionary.packNine(x, 0) == ByteDictionary.packNine(y, 0));
              assertEquals(a & Long.MAX_VALUE, ByteDictionary.packNine(x, 0));
            });
  }

  @Test
  void aFreedTableKeepsTheKeysButTakesNoLookups() {
    ByteDictionary d = new ByteDictionary(4);
    List<String> keys = List.of("C0000001", "C10000000", "\u00e9t\u00e9", "", "C0000001x");
    for (String k : keys) {
      byte[] b = k.getBytes(StandardCharsets.UTF_8);
      d.code(b, 0, b.length);
    }
    d.freeTable();
    assertEquals(keys.size(), d.size());
    for (int c = 0; c < keys.size(); c++) {
      assertEquals(keys.get(c), d.string(c));
      assertEquals(keys.get(c), d.text(c).toString());
      assertEquals(keys.get(c).getBytes(StandardCharsets.UTF_8).length, d.length(c));
    }
    byte[] b = "C0000001".getBytes(StandardCharsets.UTF_8);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> d.code(b, 0, b.length));
    assertEquals("the dictionary's table was freed", e.getMessage());
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
