/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Barriers to communication in the service process (course file "Customer Relationship
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceBarrier implements Labelled {
  /** Preconceptions (先入为主、自以为是). */
  PRECONCEPTION,
  /** Resisting others' views (抗拒别人观点). */
  RESISTANCE,
  /** Not understanding (听不懂). */
  NOT_UNDERSTANDING,
  /** Physical and language barriers (生理、语言等障碍). */
  PHYSICAL_AND_LANGUAGE;

  @Override
  public String code() {
    return name();
  }
}
