/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of each layer of the CS system, course file "CS Theory and Keeping Customers"
 * (CS理论与永远留住客户), slides "(一) MS-理念满意", "(二) BS-行为满意" and "(三) VHS-视听满意" of part "二、CS系统工程". Each
 * part belongs to one {@link CsLayer}.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CsLayerPart implements Labelled {
  /** MS: what mind satisfaction is (何谓理念满意). */
  WHAT_IS_MS(CsLayer.MIND_SATISFACTION),
  /** MS: the corporate philosophy, its structure, content and establishment (企业理念：结构，内涵，确立). */
  CORPORATE_PHILOSOPHY(CsLayer.MIND_SATISFACTION),
  /** MS: the design of mind satisfaction (理念满意的设计). */
  MS_DESIGN(CsLayer.MIND_SATISFACTION),
  /** BS: what behaviour satisfaction is (何谓行为满意). */
  WHAT_IS_BS(CsLayer.BEHAVIOUR_SATISFACTION),
  /** BS: understanding and knowing customers (了解和认识顾客). */
  KNOW_CUSTOMERS(CsLayer.BEHAVIOUR_SATISFACTION),
  /** BS: total customer service (全面顾客服务). */
  TOTAL_CUSTOMER_SERVICE(CsLayer.BEHAVIOUR_SATISFACTION),
  /** VHS: what visual and hearing satisfaction is (何谓视听满意). */
  WHAT_IS_VHS(CsLayer.VISUAL_HEARING_SATISFACTION),
  /** VHS: the structure models of visual and hearing satisfaction (视听满意的结构模式：一元化、商标、多元). */
  VHS_STRUCTURE(CsLayer.VISUAL_HEARING_SATISFACTION),
  /** VHS: the design principles and methods of the VHS image (视听满意形象的设计原理与方法). */
  VHS_DESIGN(CsLayer.VISUAL_HEARING_SATISFACTION);

  private final CsLayer layer;

  CsLayerPart(CsLayer layer) {
    this.layer = layer;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The layer of the CS system this part belongs to.
   *
   * @return MS, BS or VHS
   */
  public CsLayer layer() {
    return layer;
  }

  /**
   * The three parts of one layer, in the course's order.
   *
   * @param layer the layer
   * @return its parts
   */
  public static List<CsLayerPart> of(CsLayer layer) {
    List<CsLayerPart> parts = new ArrayList<>();
    for (CsLayerPart part : values()) {
      if (part.layer == layer) {
        parts.add(part);
      }
    }
    return List.copyOf(parts);
  }
}
