/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

/** Which constructs lead to which through at least one chain of paths. */
final class Reach {
  private Reach() {}

  static boolean[][] of(Blocks b) {
    int j = b.size();
    boolean[][] reach = new boolean[j][j];
    for (int step = 0; step < j; step++) {
      for (int c = 0; c < j; c++) {
        for (int a : b.predecessors[c]) {
          reach[a][c] = true;
          for (int o = 0; o < j; o++) {
            if (reach[o][a]) {
              reach[o][c] = true;
            }
          }
        }
      }
    }
    return reach;
  }
}
