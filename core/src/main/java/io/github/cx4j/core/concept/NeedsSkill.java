/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The skills used to identify needs and expectations (course file "Customer Relationship
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum NeedsSkill implements Labelled {
  /** Listen (倾听). */
  LISTEN,
  /** Ask (提问). */
  ASK,
  /** Empathise (设身处地). */
  EMPATHISE,
  /** Explain (解释说明). */
  EXPLAIN,
  /** Say no (说不). */
  SAY_NO,
  /** Adapt (应变). */
  ADAPT;

  @Override
  public String code() {
    return name();
  }
}
