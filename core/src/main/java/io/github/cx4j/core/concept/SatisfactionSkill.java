/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The skills the course lists for satisfying customers in an interaction (course file "Customer
 * Relationship Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum SatisfactionSkill implements Labelled {
  /** Recognise the customer's state (识别客户状态). */
  RECOGNISE_STATE,
  /** Manage yourself (自我管理). */
  SELF_MANAGEMENT,
  /** Observe (观察). */
  OBSERVE,
  /** Build relationship and credibility (建立关系及信誉). */
  BUILD_RELATIONSHIP_AND_CREDIBILITY,
  /** Personalise (个人化). */
  PERSONALISE;

  @Override
  public String code() {
    return name();
  }
}
