/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.customer.CustomerStrategy;
import io.github.cx4j.core.customer.Novelty;
import org.immutables.value.Value;

/**
 * The position of a segment in the customer-strategy matrix of course file "Understanding Customer
 * Service" (客户战略选择矩阵): are its customers treated as existing or new, and are they offered existing
 * or new products and services. The strategy follows from the matrix of the vocabulary ({@link
 * CustomerStrategy#of(Novelty, Novelty)}): loyalty, expansion, acquisition or diversification.
 *
 * <p>JSON: {@code {"segment":"Champions","customers":"EXISTING","offers":"NEW"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentStrategy.class)
@JsonDeserialize(as = ImmutableSegmentStrategy.class)
public abstract class SegmentStrategy {

  /**
   * The segment's name, for example {@code "Champions"}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String segment();

  /**
   * Whether the segment's customers are approached as existing or new customers.
   *
   * @return the customers' novelty
   */
  @Value.Parameter
  public abstract Novelty customers();

  /**
   * Whether the segment is offered existing or new products and services.
   *
   * @return the offers' novelty
   */
  @Value.Parameter
  public abstract Novelty offers();

  /**
   * A segment's position.
   *
   * @param segment the segment's name
   * @param customers existing or new customers
   * @param offers existing or new offers
   * @return the position
   */
  public static SegmentStrategy of(String segment, Novelty customers, Novelty offers) {
    return ImmutableSegmentStrategy.of(segment, customers, offers);
  }

  /**
   * The strategy of the segment's cell of the matrix.
   *
   * @return loyalty, expansion, acquisition or diversification
   */
  @JsonIgnore
  public CustomerStrategy strategy() {
    return CustomerStrategy.of(customers(), offers());
  }

  /**
   * The strategy's risk rank, 1 (loyalty) to 4 (diversification).
   *
   * @return the rank
   */
  @JsonIgnore
  public int riskRank() {
    return strategy().riskRank();
  }

  @Value.Check
  void check() {
    if (segment().isBlank()) {
      throw CxValidationException.of("SegmentStrategy.segment", "not be blank", segment());
    }
  }
}
