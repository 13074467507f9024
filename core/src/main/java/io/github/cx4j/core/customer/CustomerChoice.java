/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Choosing customers by what they bring and what serving them costs (course file "Understanding
 * Customer Service", slides 从企业自身利益：带来不同利益的客户 · 最佳客户和最差客户 and 为客户提供服务时要有成本意识): the course says
 * customers bring the company different benefits, names best and worst customers and asks for cost
 * awareness in service, without a rule. cx4j's rule: a customer's profit is his revenue less the
 * cost of serving him; the {@linkplain #best(int) best} customers are those with the highest
 * profit, the {@linkplain #worst(int) worst} those with the lowest, and the {@linkplain
 * #unprofitable() unprofitable} ones cost more than they bring. {@link #costShare()} is the cost of
 * service per unit of revenue.
 */
public final class CustomerChoice {

  /**
   * One customer: what he brings and what serving him costs, over the same period.
   *
   * @param id the customer's id, not blank
   * @param revenue what the customer brings, finite and at least 0
   * @param costToServe what serving him costs, finite and at least 0
   */
  public record Served(String id, double revenue, double costToServe) {

    /**
     * Checks the fields.
     *
     * @param id the id
     * @param revenue the revenue
     * @param costToServe the cost to serve
     * @throws CxValidationException naming the field and the value
     */
    public Served {
      if (id == null || id.isBlank()) {
        throw CxValidationException.of("CustomerChoice.Served.id", "not be blank", id);
      }
      if (!Double.isFinite(revenue) || revenue < 0) {
        throw CxValidationException.of(
            "CustomerChoice.Served.revenue",
            "be finite and at least 0 (customer " + id + ")",
            revenue);
      }
      if (!Double.isFinite(costToServe) || costToServe < 0) {
        throw CxValidationException.of(
            "CustomerChoice.Served.costToServe",
            "be finite and at least 0 (customer " + id + ")",
            costToServe);
      }
    }

    /**
     * Revenue less the cost to serve.
     *
     * @return the profit, negative when the customer costs more than he brings
     */
    public double profit() {
      return revenue - costToServe;
    }
  }

  private static final Comparator<Served> BY_PROFIT_DESCENDING =
      Comparator.comparingDouble(Served::profit).reversed().thenComparing(Served::id);

  private final List<Served> byProfit;
  private final double revenue;
  private final double cost;

  private CustomerChoice(List<Served> byProfit, double revenue, double cost) {
    this.byProfit = byProfit;
    this.revenue = revenue;
    this.cost = cost;
  }

  /**
   * The customers to choose among.
   *
   * @param customers at least one customer, ids unique, together bringing some revenue
   * @return the choice
   * @throws CxValidationException when the list is empty, an id repeats (naming it), or the
   *     customers bring no revenue at all
   */
  public static CustomerChoice of(List<Served> customers) {
    if (customers.isEmpty()) {
      throw CxValidationException.of("CustomerChoice.customers", "not be empty", "[]");
    }
    Set<String> ids = new HashSet<>();
    double revenue = 0;
    double cost = 0;
    for (Served s : customers) {
      if (!ids.add(s.id())) {
        throw CxValidationException.of("CustomerChoice.customers", "have unique ids", s.id());
      }
      revenue += s.revenue();
      cost += s.costToServe();
    }
    if (revenue <= 0) {
      throw CxValidationException.of(
          "CustomerChoice.customers", "bring some revenue (the sum of revenue)", revenue);
    }
    List<Served> sorted = new ArrayList<>(customers);
    sorted.sort(BY_PROFIT_DESCENDING);
    return new CustomerChoice(List.copyOf(sorted), revenue, cost);
  }

  /**
   * Every customer, the most profitable first (ties by id).
   *
   * @return the customers
   */
  public List<Served> byProfit() {
    return byProfit;
  }

  /**
   * The best customers: the {@code n} with the highest profit, the best first.
   *
   * @param n how many, from 1 to the number of customers
   * @return the best customers
   * @throws CxValidationException when {@code n} is out of range
   */
  public List<Served> best(int n) {
    checkCount(n);
    return byProfit.subList(0, n);
  }

  /**
   * The worst customers: the {@code n} with the lowest profit, the worst first.
   *
   * @param n how many, from 1 to the number of customers
   * @return the worst customers
   * @throws CxValidationException when {@code n} is out of range
   */
  public List<Served> worst(int n) {
    checkCount(n);
    List<Served> worst = new ArrayList<>(byProfit.subList(byProfit.size() - n, byProfit.size()));
    java.util.Collections.reverse(worst);
    return List.copyOf(worst);
  }

  /**
   * The customers who cost more to serve than they bring, the worst first.
   *
   * @return the unprofitable customers, possibly none
   */
  public List<Served> unprofitable() {
    List<Served> out = new ArrayList<>();
    for (int i = byProfit.size() - 1; i >= 0 && byProfit.get(i).profit() < 0; i--) {
      out.add(byProfit.get(i));
    }
    return List.copyOf(out);
  }

  /**
   * The profit of all customers together.
   *
   * @return revenue less the cost to serve, over every customer
   */
  public double profit() {
    return revenue - cost;
  }

  /**
   * The profit lost to the unprofitable customers: what the company would gain by serving them at
   * no more than they bring.
   *
   * @return 0 or more
   */
  public double lossFromUnprofitable() {
    double loss = 0;
    for (Served s : unprofitable()) {
      loss -= s.profit();
    }
    return loss;
  }

  /**
   * Cost awareness: the cost of service per unit of revenue, over every customer.
   *
   * @return total cost to serve over total revenue, at least 0
   */
  public double costShare() {
    return cost / revenue;
  }

  private void checkCount(int n) {
    if (n < 1 || n > byProfit.size()) {
      throw CxValidationException.of(
          "CustomerChoice.n", "be within 1.." + byProfit.size() + " (the customers)", n);
    }
  }
}
