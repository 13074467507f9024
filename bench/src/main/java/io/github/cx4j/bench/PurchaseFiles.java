/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Seeded purchase files for the input benchmarks: {@code customer,date,amount} with ids {@code
 * C0000001}, ISO dates over two years from 1997-01-01 and amounts with two decimals, about 26 bytes
 * a line (2.85M lines are about 74 MB). Files are written once into {@code
 * ${java.io.tmpdir}/cx4j-bench} and reused.
 */
final class PurchaseFiles {
  private PurchaseFiles() {}

  static Path purchases(int rows, int customers) {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "cx4j-bench");
    Path file = dir.resolve("purchases-" + rows + "-" + customers + ".csv");
    if (Files.exists(file)) {
      return file;
    }
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "purchases", ".part");
      SplittableRandom random = new SplittableRandom(2026);
      int start = (int) LocalDate.of(1997, 1, 1).toEpochDay();
      try (Writer out =
          new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
        out.write("customer,date,amount\n");
        StringBuilder line = new StringBuilder(32);
        for (int r = 0; r < rows; r++) {
          line.setLength(0);
          int c = r < customers ? r : random.nextInt(customers);
          String id = Integer.toString(c + 1);
          line.append('C');
          for (int k = id.length(); k < 7; k++) {
            line.append('0');
          }
          line.append(id).append(',');
          line.append(LocalDate.ofEpochDay(start + random.nextInt(730))).append(',');
          int cents = random.nextInt(100, 20_000);
          line.append(cents / 100).append('.');
          int frac = cents % 100;
          if (frac < 10) {
            line.append('0');
          }
          line.append(frac).append('\n');
          out.append(line);
        }
      }
      Files.move(temp, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
