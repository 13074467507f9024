/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The four parts of a server's service awareness in the bicycle model (course file "Customer
 * Relationship Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceAwarenessElement implements Labelled {
  /** Work and technical skills (工作/技术). */
  WORK_SKILLS,
  /** Interpersonal relations (人际关系). */
  INTERPERSONAL_RELATIONS,
  /** Flexibility (灵活性). */
  FLEXIBILITY,
  /** Self-management (自我管理). */
  SELF_MANAGEMENT;

  @Override
  public String code() {
    return name();
  }
}
