/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;
import java.util.Set;

/**
 * The customer-strategy selection matrix of course file "Understanding Customer Service"
 * (客户战略选择矩阵): existing or new customers times existing or new offers (products and services).
 *
 * <table>
 *   <caption>The matrix with risk ranks (1 lowest)</caption>
 *   <tr><th></th><th>existing offers</th><th>new offers</th></tr>
 *   <tr><th>existing customers</th><td>LOYALTY (1)</td><td>EXPANSION (2)</td></tr>
 *   <tr><th>new customers</th><td>ACQUISITION (3)</td><td>DIVERSIFICATION (4)</td></tr>
 * </table>
 *
 * <p>The seed names diversification the highest-risk strategy and says expansion is often used
 * together with loyalty; the order of the other two ranks follows the Ansoff matrix (serving new
 * customers is riskier than offering new things to known customers).
 */
public enum CustomerStrategy implements Labelled {
  /** Existing customers, existing offers: repeat business (客户忠诚战略). */
  LOYALTY(Novelty.EXISTING, Novelty.EXISTING, 1),
  /** Existing customers, new offers: sell more to current customers (客户扩充战略). */
  EXPANSION(Novelty.EXISTING, Novelty.NEW, 2),
  /** New customers, existing offers: win more suitable customers (客户获得战略). */
  ACQUISITION(Novelty.NEW, Novelty.EXISTING, 3),
  /** New customers, new offers: the highest risk (客户多样化战略). */
  DIVERSIFICATION(Novelty.NEW, Novelty.NEW, 4);

  private final Novelty customers;
  private final Novelty offers;
  private final int riskRank;

  CustomerStrategy(Novelty customers, Novelty offers, int riskRank) {
    this.customers = customers;
    this.offers = offers;
    this.riskRank = riskRank;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The strategy of a cell of the matrix.
   *
   * @param customers whether the customers are existing or new
   * @param offers whether the products and services are existing or new
   * @return the strategy
   */
  public static CustomerStrategy of(Novelty customers, Novelty offers) {
    for (CustomerStrategy strategy : values()) {
      if (strategy.customers == customers && strategy.offers == offers) {
        return strategy;
      }
    }
    throw new AssertionError("every cell of the matrix has a strategy");
  }

  /**
   * The customers' novelty in this cell.
   *
   * @return existing or new customers
   */
  public Novelty customers() {
    return customers;
  }

  /**
   * The offers' novelty in this cell.
   *
   * @return existing or new products and services
   */
  public Novelty offers() {
    return offers;
  }

  /**
   * The risk rank: 1 (lowest, loyalty) to 4 (highest, diversification).
   *
   * @return the rank
   */
  public int riskRank() {
    return riskRank;
  }

  /**
   * The strategies the seed says this one is often combined with (expansion with loyalty).
   *
   * @return the companions, possibly empty
   */
  public Set<CustomerStrategy> oftenCombinedWith() {
    return switch (this) {
      case LOYALTY -> Set.of(EXPANSION);
      case EXPANSION -> Set.of(LOYALTY);
      default -> Set.of();
    };
  }
}
