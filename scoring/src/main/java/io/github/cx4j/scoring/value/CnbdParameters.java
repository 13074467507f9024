/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

/** The parameters of a BG/CNBD-k (m = 0) or MBG/CNBD-k (m = 1): see {@link CnbdFamily}. */
record CnbdParameters(int k, double r, double alpha, double a, double b, int m) {

  String type() {
    return CnbdFamily.type(m);
  }
}
