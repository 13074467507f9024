/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The ten secrets of keeping customers for the long term (course file "CS Theory and Keeping
 * Customers").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum RetentionSecret implements Labelled {
  /** Call customers by name (叫出顾客的名字). */
  USE_NAMES,
  /** Listen carefully to every customer (细心倾听每一位顾客的谈话). */
  LISTEN_CAREFULLY,
  /** Care for every customer like family (关心每一位顾客就像关心亲人一样). */
  CARE_LIKE_FAMILY,
  /** Be courteous and attentive (礼貌周到). */
  BE_COURTEOUS,
  /** Respond to each customer's request specifically (对每个顾客的要求进行有针对性的回应). */
  RESPOND_SPECIFICALLY,
  /** Know customers' buying habits and motives (了解顾客的购物习惯和动机). */
  KNOW_BUYING_HABITS,
  /** Give every customer enough time (给予每个顾客充分的时间). */
  GIVE_TIME,
  /** Involve customers and ask their opinions (让顾客参与你的事业,询问他们的意见及建议). */
  INVOLVE_CUSTOMERS,
  /** Make customers feel valued and praise them (让顾客觉得受到重视,给予称赞). */
  MAKE_THEM_FEEL_VALUED,
  /** Listen to customers first, then give your view (先听顾客的意见,再把你的想法告诉他们). */
  LISTEN_FIRST;

  @Override
  public String code() {
    return name();
  }
}
