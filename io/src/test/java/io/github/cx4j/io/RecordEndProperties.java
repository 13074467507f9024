/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search for the last record end against a byte-at-a-time reference. */
class RecordEndProperties {
  /** Bytes that matter (quote, line feed, CR) and their neighbours in value (0x0B, 0x21, 0x23). */
  private static final byte[] ALPHABET = {'"', '\n', '\r', ',', 'a', 0x0B, 0x09, 0x21, 0x23, 0};

  private static int reference(byte[] b, int from, int len) {
    int last = from;
    boolean inQuotes = false;
    for (int i = from; i < len; i++) {
      if (b[i] == '"') {
        inQuotes = !inQuotes;
      } else if (b[i] == '\n' && !inQuotes) {
        last = i + 1;
      }
    }
    return last;
  }

  @Test
  void sameAsTheByteAtATimeScan() {
    qt().withExamples(3000)
        .forAll(longs().all(), integers().between(0, 200), integers().between(0, 100))
        .checkAssert(
            (seed, length, quotePercent) -> {
              Random random = new Random(seed);
              byte[] b = new byte[length];
              for (int i = 0; i < length; i++) {
                // quotes at a chosen rate, so that many arrays have none and take the fast path
                b[i] =
                    random.nextInt(100) < quotePercent / 10
                        ? (byte) '"'
                        : ALPHABET[1 + random.nextInt(ALPHABET.length - 1)];
              }
              int from = length == 0 ? 0 : random.nextInt(length + 1);
              int len = from + random.nextInt(length - from + 1);
              assertEquals(reference(b, from, len), DelimitedReader.lastRecordEnd(b, from, len));
            });
  }

  @Test
  void aByteAboveALineFeedIsNotALineFeed() {
    // 0x0B right after a line feed: the subtract form of the zero-byte test marks it too
    byte[] b = {'a', '\n', 0x0B, 'b', 'c', 'd', 'e', 'f', 'g', 'h'};
    assertEquals(2, DelimitedReader.lastRecordEnd(b, 0, b.length));
  }
}
