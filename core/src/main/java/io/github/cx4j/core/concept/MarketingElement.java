/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.Optional;

/**
 * An element of a {@link MarketingModel} (course file "All-Staff Service"). The 4P elements map to
 * the 4C elements that restate them from the customer's side ({@link #customerView()}): product to
 * customer needs, price to cost, place to convenience, promotion to communication (Lauterborn
 * 1990).
 */
public enum MarketingElement implements Labelled {
  /** Product (产品). */
  PRODUCT(MarketingModel.FOUR_P),
  /** Price (价格). */
  PRICE(MarketingModel.FOUR_P),
  /** Place (渠道). */
  PLACE(MarketingModel.FOUR_P),
  /** Promotion (促销). */
  PROMOTION(MarketingModel.FOUR_P),
  /** Customer needs (客户需求). */
  CUSTOMER(MarketingModel.FOUR_C),
  /** Cost to the customer (成本). */
  COST(MarketingModel.FOUR_C),
  /** Convenience (便利). */
  CONVENIENCE(MarketingModel.FOUR_C),
  /** Communication (沟通). */
  COMMUNICATION(MarketingModel.FOUR_C),
  /** Relation (关联). */
  RELATION(MarketingModel.FOUR_R),
  /** Response (反应). */
  RESPONSE(MarketingModel.FOUR_R),
  /** Return (回报). */
  RETURN(MarketingModel.FOUR_R),
  /** Retention (忠诚). */
  RETENTION(MarketingModel.FOUR_R),
  /** Scene (场景). */
  SCENE(MarketingModel.FOUR_S),
  /** Solution (解决方案). */
  SOLUTION(MarketingModel.FOUR_S),
  /** Social (社交化). */
  SOCIAL(MarketingModel.FOUR_S),
  /** Sharing (共享). */
  SHARING(MarketingModel.FOUR_S);

  private final MarketingModel model;

  MarketingElement(MarketingModel model) {
    this.model = model;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The model this element belongs to.
   *
   * @return the model
   */
  public MarketingModel model() {
    return model;
  }

  /**
   * For a 4P element, the 4C element that restates it from the customer's side.
   *
   * @return the 4C counterpart, or empty for elements outside 4P
   */
  public Optional<MarketingElement> customerView() {
    return switch (this) {
      case PRODUCT -> Optional.of(CUSTOMER);
      case PRICE -> Optional.of(COST);
      case PLACE -> Optional.of(CONVENIENCE);
      case PROMOTION -> Optional.of(COMMUNICATION);
      default -> Optional.empty();
    };
  }
}
