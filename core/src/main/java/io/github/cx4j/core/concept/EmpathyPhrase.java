/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Model phrases for the principle of understanding (course file "Customer Relationship
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum EmpathyPhrase implements Labelled {
  /** We are upset about this too (知道这件事我们也很痛心). */
  SHARE_THE_PAIN,
  /** We deeply regret what happened to you (对您的不幸遭遇我们深表歉意). */
  APOLOGISE,
  /** I fully understand your situation (我完全理解您的处境). */
  UNDERSTAND_SITUATION,
  /** I am as concerned about this as you are (我和你一样关注此事). */
  SHARE_CONCERN;

  @Override
  public String code() {
    return name();
  }
}
