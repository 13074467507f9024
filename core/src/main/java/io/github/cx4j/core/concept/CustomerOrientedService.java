/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Customer-oriented service, the secret of keeping customers, course file "CS Theory and Keeping
 * Customers" (CS理论与永远留住客户), slide "(一) 留住顾客的秘诀：顾客导向服务": what it is, its barriers and their
 * solutions, its keys and its tasks. The slide gives the headings; the descriptions are cx4j's
 * glosses.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CustomerOrientedService implements Labelled {
  /** What customer-oriented service is (什么是顾客导向服务). */
  WHAT_IT_IS,
  /** The barriers to customer-oriented service and their solutions (顾客导向服务的障碍及解决办法：几种障碍). */
  BARRIERS,
  /** The keys of customer-oriented service (顾客导向服务的关键). */
  KEYS,
  /** The tasks of customer-oriented service (顾客导向服务的任务). */
  TASKS;

  @Override
  public String code() {
    return name();
  }
}
