/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.sketch;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;

/**
 * A KLL doubles sketch in memory, its compact byte form on the wire. *
 *
 * <p>Public only because Spark's Java-serialisation encoder requires it; nothing in it is API.
 */
public final class KllBuffer implements Serializable {
  private static final long serialVersionUID = 1L;

  transient KllDoublesSketch sketch;

  KllBuffer(KllDoublesSketch sketch) {
    this.sketch = sketch;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    byte[] bytes = sketch.toByteArray();
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private void readObject(ObjectInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    sketch = KllDoublesSketch.heapify(Memory.wrap(bytes));
  }
}
