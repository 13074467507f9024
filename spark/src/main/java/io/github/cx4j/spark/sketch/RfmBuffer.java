/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.sketch;

import io.github.cx4j.segmentation.rfm.RfmSketch;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * An {@link RfmSketch} in memory, its {@link RfmSketch#toByteArray()} form on the wire. *
 *
 * <p>Public only because Spark's Java-serialisation encoder requires it; nothing in it is API.
 */
public final class RfmBuffer implements Serializable {
  private static final long serialVersionUID = 1L;

  transient RfmSketch sketch;

  RfmBuffer(RfmSketch sketch) {
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
    sketch = RfmSketch.fromByteArray(bytes);
  }
}
