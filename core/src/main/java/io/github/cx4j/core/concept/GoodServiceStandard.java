/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The three standards of good service (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum GoodServiceStandard implements Labelled {
  /** Beat competitors (打败对手). */
  BEAT_COMPETITORS,
  /** Win customers (赢得客户). */
  WIN_CUSTOMERS,
  /** Integrate resources (整合资源). */
  INTEGRATE_RESOURCES;

  @Override
  public String code() {
    return name();
  }
}
