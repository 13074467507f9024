/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The marketing models from the company's view to the customer's, the relationship's and the social
 * network's (course file "All-Staff Service", lecture two, 从4P到4C到4R再到4S): 4P, 4C, 4R, 4S, each
 * with four {@link MarketingElement elements}.
 *
 * <p>Who proposed each model: the course file's attribution and the literature's do not always
 * agree, and {@link #attribution(Locale)} says both.
 *
 * <ul>
 *   <li>4P: the course file credits Philip Kotler (菲利普·科特勒, "the father of marketing"). The four Ps
 *       are E. Jerome McCarthy's, <i>Basic Marketing: A Managerial Approach</i> (1960); Kotler's
 *       textbooks made them the standard framework.
 *   <li>4C: Robert F. Lauterborn (罗伯特·劳特朋), as the course file says: "New marketing litany: four
 *       P's passé; C-words take over", <i>Advertising Age</i>, 1 October 1990.
 *   <li>4R: the course file credits "John Murphy" (约翰·墨菲). The 4R of relationship marketing are
 *       usually credited to Don E. Schultz (2001): relevance, reaction, relationship, reward; the
 *       course's list has retention in the place of relationship. Elliott Ettenberg's 4R (<i>The
 *       Next Economy</i>, 2002: relationship, retrenchment, relevance, rewards) is a different
 *       list.
 *   <li>4S: the course file names no author, and cx4j knows of no standard source for this list.
 * </ul>
 */
public enum MarketingModel implements Labelled {
  /** Product, price, place, promotion: McCarthy (1960); the course file credits Kotler. */
  FOUR_P,
  /** Customer, cost, convenience, communication: Lauterborn (1990), as the course file says. */
  FOUR_C,
  /**
   * Relation, response, return, retention: the course file credits "John Murphy"; usually Schultz
   * (2001), whose list has relationship for retention; not Ettenberg's 4R (2002).
   */
  FOUR_R,
  /** Scene, solution, social, sharing: no author in the course file. */
  FOUR_S;

  @Override
  public String code() {
    return name();
  }

  /**
   * Who proposed the model: what the course file says and, where it differs, what the literature
   * says (see the class comment).
   *
   * @param locale the language
   * @return the attribution, with its source
   */
  public String attribution(Locale locale) {
    return Texts.text(this, "attribution", locale);
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
