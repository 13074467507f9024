/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import io.github.cx4j.scoring.survey.SatisfactionIndexAccumulator;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The satisfaction-index buffer: the library's accumulator in memory, its exact integer {@link
 * SatisfactionIndexAccumulator#state()} ({@code 3 k^2 + 2 k + 1} longs) on the wire.
 *
 * <p>Public only because Spark's Java-serialisation encoder requires it; nothing in it is API.
 */
public final class IndexBuffer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Set by the aggregator after deserialisation, from {@link #pending}. */
  transient SatisfactionIndexAccumulator accumulator;

  /** The state read from the wire, merged into a fresh accumulator on first use. */
  long @org.jspecify.annotations.Nullable [] pending;

  IndexBuffer(SatisfactionIndexAccumulator accumulator) {
    this.accumulator = accumulator;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    long[] state = pending != null ? pending : accumulator.state();
    out.writeInt(state.length);
    for (long v : state) {
      out.writeLong(v);
    }
  }

  private void readObject(ObjectInputStream in) throws IOException {
    int n = in.readInt();
    long[] state = new long[n];
    for (int i = 0; i < n; i++) {
      state[i] = in.readLong();
    }
    pending = state;
  }
}
