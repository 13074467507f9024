/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The implementation policies for handling dissatisfaction (course file "Customer Satisfaction
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum DissatisfactionPolicy implements Labelled {
  /** Coordinated execution (协调统一执行). */
  COORDINATED_EXECUTION,
  /** Empower front-line staff (授权一线员工). */
  EMPOWER_FRONT_LINE,
  /** Reward good handling (表彰奖励受理). */
  REWARD_GOOD_HANDLING,
  /** Pass dissatisfaction on (传达客户不满). */
  PASS_ON_DISSATISFACTION;

  @Override
  public String code() {
    return name();
  }
}
