/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * What customer service is, course file "Understanding Customer Service" (全面认识客户服务, chapter
 * 客户服务概述): its definition (客户服务的涵义), goal (客户服务的目标) and core (客户服务的核心). The definition is the
 * chapter's own ("我们认为，所谓的客户服务就是……").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CustomerServiceEssence implements Labelled {
  /** The definition of customer service (客户服务的涵义). */
  DEFINITION,
  /** The goal of customer service (客户服务的目标). */
  GOAL,
  /** The core of customer service (客户服务的核心). */
  CORE;

  @Override
  public String code() {
    return name();
  }
}
