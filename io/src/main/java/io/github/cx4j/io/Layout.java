/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The resolved layout of one input: separator, field count, which fields are read into which spec,
 * and the labels errors use. Shared read-only by all chunk parsers.
 */
final class Layout {
  /** Separator byte, or {@link #WHITESPACE} for runs of spaces and tabs. */
  static final int WHITESPACE = -1;

  final String file;
  final int separator;
  final int fieldCount;

  /** For each field of a record, the index of the spec that reads it, or -1. */
  final int[] specOfField;

  /** For each spec, the field it reads. */
  final int[] fieldOfSpec;

  /** For each spec, the spec whose span slot holds its field (itself unless read twice). */
  final int[] slotOfSpec;

  final ColumnSpec[] specs;

  /** For each spec, its label in errors: {@code name (index)} or the 1-based index. */
  final String[] labels;

  /** For each CATEGORY spec its shared dictionary, else null. */
  final @Nullable SharedDictionary[] dictionaries;

  final boolean lineNumbers;

  final boolean skipInvalid;
  final int listInvalid;

  Layout(
      String file,
      int separator,
      int fieldCount,
      int[] fieldOfSpec,
      List<ColumnSpec> specs,
      String[] labels,
      boolean skipInvalid,
      int listInvalid,
      boolean lineNumbers) {
    this.file = file;
    this.separator = separator;
    this.fieldCount = fieldCount;
    this.fieldOfSpec = fieldOfSpec;
    this.specs = specs.toArray(new ColumnSpec[0]);
    this.labels = labels;
    this.skipInvalid = skipInvalid;
    this.listInvalid = listInvalid;
    this.lineNumbers = lineNumbers;
    dictionaries = new SharedDictionary[this.specs.length];
    for (int s = 0; s < this.specs.length; s++) {
      if (this.specs[s].type == ColumnType.CATEGORY) {
        dictionaries[s] = new SharedDictionary();
      }
    }
    specOfField = new int[fieldCount];
    java.util.Arrays.fill(specOfField, -1);
    slotOfSpec = new int[fieldOfSpec.length];
    for (int s = fieldOfSpec.length - 1; s >= 0; s--) {
      specOfField[fieldOfSpec[s]] = s;
    }
    for (int s = 0; s < fieldOfSpec.length; s++) {
      slotOfSpec[s] = specOfField[fieldOfSpec[s]];
    }
  }
}
