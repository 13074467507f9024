/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The ten rights a business should guarantee its customers (course file "CS Theory and Keeping
 * Customers").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CustomerRight implements Labelled {
  /** Professional, prompt, thorough service (专业、迅速、无微不至的服务). */
  PROFESSIONAL_PROMPT_SERVICE,
  /** Full support at every purchase (每次消费都能得到你完全的支持). */
  FULL_SUPPORT,
  /** High-quality goods and services (高品质的商品和服务). */
  HIGH_QUALITY,
  /** Reasonable service while needs are met (在满足需求的同时获得合理的服务). */
  REASONABLE_SERVICE,
  /** Knowledgeable, well-trained, competent staff (具有专业知识、良好训练、足以胜任的员工提供服务). */
  COMPETENT_STAFF,
  /** Full attention when seeking service (寻求服务时能获得你充分的关注). */
  FULL_ATTENTION,
  /** Benefits of complete, long-term service (完善、长远的服务带来的利益). */
  LONG_TERM_BENEFIT,
  /** Open channels of communication (开放沟通渠道,架起沟通桥梁). */
  OPEN_COMMUNICATION,
  /** Fair prices for goods and services (商品及服务的价格合理). */
  FAIR_PRICES,
  /** Sincere gratitude for past and future business (从过去到未来的交易都得到由衷的感激). */
  SINCERE_GRATITUDE;

  @Override
  public String code() {
    return name();
  }
}
