/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The service maxims of course file "All-Staff Service" (【客户服务】全员服务), lectures one and three: the
 * service chain, "the next process is your customer", "every trade is a service trade", product
 * quality as the company's life and service as its lifespan, and what service is to the brand. Each
 * maxim knows its {@link #lecture() lecture}.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceMaxim implements Labelled {
  /** All profit comes from your excellent employees (员工才是企业最大的资产). */
  EMPLOYEES_ARE_THE_GREATEST_ASSET(1),
  /** As you treat your employees, they treat your customers (你怎么对待你的员工，你的员工就怎样对待您的客户). */
  TREAT_EMPLOYEES_AS_CUSTOMERS(1),
  /** Happy employees are the greatest productive force (快乐的员工是最大的生产力). */
  HAPPY_EMPLOYEES(1),
  /** Every link is a service chain (环环都是服务链). */
  SERVICE_CHAIN(1),
  /** Toyota: the next process is your customer (丰田：下一道工序就是你的客户). */
  NEXT_PROCESS_IS_YOUR_CUSTOMER(1),
  /** Every trade is a service trade (行行都是服务业). */
  EVERY_TRADE_IS_SERVICE(1),
  /** Drucker: the one problem a business must solve is creating and keeping customers (彼得·德鲁克). */
  CREATE_AND_KEEP_CUSTOMERS(1),
  /** Marketing will die, brands will perish, service comes first (营销将死，品牌将亡，服务至上). */
  SERVICE_ABOVE_ALL(1),
  /** Everyone is a server (人人都是服务员). */
  EVERYONE_IS_A_SERVER(2),
  /** A successful advertisement speaks the customer's language (用客户语言沟通). */
  CUSTOMER_LANGUAGE(2),
  /**
   * The value of a person depends on how many people they serve and how well
   * (一个人存在的价值，取决于你服务的人数和服务的品质).
   */
  VALUE_OF_SERVING(2),
  /** The marketplace is a battlefield, the market a courtship (商场如战场，市场如情场). */
  MARKET_IS_A_BATTLEFIELD(3),
  /** The quality of the product is the company's life (产品的品质是企业的生命). */
  QUALITY_IS_LIFE(3),
  /** The service of the product is the company's lifespan (产品的服务是企业的寿命). */
  SERVICE_IS_LIFESPAN(3),
  /** Service power is brand power (服务力就是品牌力). */
  SERVICE_POWER_IS_BRAND_POWER(3),
  /** Service is the company's future market profit (服务是企业的未来市场利润). */
  SERVICE_IS_FUTURE_PROFIT(3),
  /** Service is the shortcut to a brand (服务是树立品牌的捷径). */
  SERVICE_IS_SHORTCUT_TO_BRAND(3),
  /** Service shows the company's integrity (服务是企业诚信的表现). */
  SERVICE_SHOWS_INTEGRITY(3),
  /** Service embodies the company's competitive advantage (服务是企业竞争优势的体现). */
  SERVICE_IS_COMPETITIVE_ADVANTAGE(3);

  private final int lecture;

  ServiceMaxim(int lecture) {
    this.lecture = lecture;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The lecture of the course file that states the maxim (第一讲 is 1).
   *
   * @return 1, 2 or 3
   */
  public int lecture() {
    return lecture;
  }
}
