/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The four steps of introducing all-staff service (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum AllStaffServiceStep implements Labelled {
  /** Concept positioning (理念定位). */
  CONCEPT,
  /** Visual shaping (视觉定型). */
  VISUAL,
  /** Behaviour standards (行为定标). */
  BEHAVIOUR_STANDARD,
  /** Management accountability (管理定责). */
  MANAGEMENT_ACCOUNTABILITY;

  @Override
  public String code() {
    return name();
  }
}
