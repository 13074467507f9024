/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.complaints;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;

/**
 * Complaint KPI buffer: counts, sums and three duration sketches (as bytes on the wire). *
 *
 * <p>Public only because Spark's Java-serialisation encoder requires it; nothing in it is API.
 */
public final class KpiBuffer implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int COMPLAINTS = 0;
  static final int REOPENED = 1;
  static final int BOUNCED = 2;
  static final int BOUNCES = 3;
  static final int ESCALATED = 4;
  static final int UPHELD = 5;
  static final int DECIDED = 6;
  static final int SATISFACTION_N = 7;

  long[] counts = new long[8];

  /** Redress, satisfaction sum and sum of squares. */
  double[] sums = new double[3];

  transient KllDoublesSketch[] durations;

  KpiBuffer(int k) {
    durations = new KllDoublesSketch[3];
    for (int i = 0; i < 3; i++) {
      durations[i] = KllDoublesSketch.newHeapInstance(k);
    }
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    for (KllDoublesSketch s : durations) {
      byte[] b = s.toByteArray();
      out.writeInt(b.length);
      out.write(b);
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    durations = new KllDoublesSketch[3];
    for (int i = 0; i < 3; i++) {
      byte[] b = new byte[in.readInt()];
      in.readFully(b);
      durations[i] = KllDoublesSketch.heapify(Memory.wrap(b));
    }
  }
}
