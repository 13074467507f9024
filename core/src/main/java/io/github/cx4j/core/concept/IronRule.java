/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The ten iron rules of customer service and retention (course file "CS Theory and Keeping
 * Customers").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum IronRule implements Labelled {
  /** The customer is the most important person in the company (顾客是公司里最重要的人). */
  CUSTOMER_MOST_IMPORTANT,
  /** Customers need not depend on you; you depend on them (顾客不必依赖你,但你必须依赖顾客). */
  YOU_DEPEND_ON_CUSTOMERS,
  /** Customers are not an obstacle but the driving force (顾客不是你事业的障碍,而是动力). */
  CUSTOMERS_ARE_THE_DRIVE,
  /** A customer's visit helps you succeed (顾客来访是来协助你成功). */
  CUSTOMERS_HELP_YOU_SUCCEED,
  /** Customers are part of your business (顾客是你事业的一部分). */
  CUSTOMERS_ARE_PART_OF_THE_BUSINESS,
  /** Customers have feelings like you (顾客像你一样有感觉、有感情). */
  CUSTOMERS_HAVE_FEELINGS,
  /** Customers are not there to argue with or outwit (顾客不是你去辩论或斗智的对象). */
  NOT_FOR_ARGUMENT,
  /** Your job is to meet needs, wants and expectations (你的职责是满足顾客的需要、欲望及期望). */
  MEET_NEEDS_WANTS_EXPECTATIONS,
  /** Customers deserve the most sincere, attentive, professional service (顾客应该得到最恳切、最周到、最专业的服务). */
  DESERVE_THE_BEST_SERVICE,
  /** Customers are the lifeblood of your business (顾客是你事业的命脉). */
  LIFEBLOOD;

  @Override
  public String code() {
    return name();
  }
}
