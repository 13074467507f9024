/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.List;

/**
 * The marketing models from the company's view to the customer's, the relationship's and the social
 * network's (course file "All-Staff Service"): 4P, 4C, 4R, 4S, each with four {@link
 * MarketingElement elements}.
 */
public enum MarketingModel implements Labelled {
  /** Product, price, place, promotion. */
  FOUR_P,
  /** Customer, cost, convenience, communication. */
  FOUR_C,
  /** Relation, response, return, retention. */
  FOUR_R,
  /** Scene, solution, social, sharing. */
  FOUR_S;

  @Override
  public String code() {
    return name();
  }

  /**
   * The model's four elements in the seed's order.
   *
   * @return the elements
   */
  public List<MarketingElement> elements() {
    List<MarketingElement> list = new ArrayList<>();
    for (MarketingElement e : MarketingElement.values()) {
      if (e.model() == this) {
        list.add(e);
      }
    }
    return List.copyOf(list);
  }
}
