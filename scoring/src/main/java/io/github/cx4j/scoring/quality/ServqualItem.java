/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.Labelled;
import java.util.Arrays;
import java.util.List;

/**
 * The 22 SERVQUAL items in the order of the instrument (Parasuraman, Zeithaml and Berry 1991,
 * refined scale), each with its dimension; the statement is the item's label in English and Chinese
 * ({@link #label(java.util.Locale)}). Respondents rate each statement twice, for the expected
 * (excellent company) and the perceived (this company) service.
 */
public enum ServqualItem implements Labelled {
  /** 1. Modern-looking equipment. */
  MODERN_EQUIPMENT(ServqualDimension.TANGIBLES),
  /** 2. Visually appealing physical facilities. */
  APPEALING_FACILITIES(ServqualDimension.TANGIBLES),
  /** 3. Neat-appearing employees. */
  NEAT_EMPLOYEES(ServqualDimension.TANGIBLES),
  /** 4. Visually appealing materials. */
  APPEALING_MATERIALS(ServqualDimension.TANGIBLES),
  /** 5. Does what it promises by a certain time. */
  KEEPS_PROMISES(ServqualDimension.RELIABILITY),
  /** 6. Sincere interest in solving problems. */
  SINCERE_INTEREST(ServqualDimension.RELIABILITY),
  /** 7. Performs the service right the first time. */
  RIGHT_FIRST_TIME(ServqualDimension.RELIABILITY),
  /** 8. Provides services at the promised time. */
  ON_TIME(ServqualDimension.RELIABILITY),
  /** 9. Insists on error-free records. */
  ERROR_FREE_RECORDS(ServqualDimension.RELIABILITY),
  /** 10. Tells customers exactly when services will be performed. */
  TELLS_WHEN(ServqualDimension.RESPONSIVENESS),
  /** 11. Prompt service. */
  PROMPT_SERVICE(ServqualDimension.RESPONSIVENESS),
  /** 12. Always willing to help. */
  WILLING_TO_HELP(ServqualDimension.RESPONSIVENESS),
  /** 13. Never too busy to respond. */
  NEVER_TOO_BUSY(ServqualDimension.RESPONSIVENESS),
  /** 14. Behaviour of employees instils confidence. */
  INSTILS_CONFIDENCE(ServqualDimension.ASSURANCE),
  /** 15. Customers feel safe in their transactions. */
  SAFE_TRANSACTIONS(ServqualDimension.ASSURANCE),
  /** 16. Employees are consistently courteous. */
  COURTEOUS(ServqualDimension.ASSURANCE),
  /** 17. Employees have the knowledge to answer questions. */
  KNOWLEDGEABLE(ServqualDimension.ASSURANCE),
  /** 18. Individual attention. */
  INDIVIDUAL_ATTENTION(ServqualDimension.EMPATHY),
  /** 19. Convenient operating hours. */
  CONVENIENT_HOURS(ServqualDimension.EMPATHY),
  /** 20. Employees give personal attention. */
  PERSONAL_ATTENTION(ServqualDimension.EMPATHY),
  /** 21. Has the customer's best interests at heart. */
  BEST_INTERESTS(ServqualDimension.EMPATHY),
  /** 22. Employees understand the customer's specific needs. */
  UNDERSTANDS_NEEDS(ServqualDimension.EMPATHY);

  private static final List<ServqualItem> ALL = List.of(values());

  private final ServqualDimension dimension;

  ServqualItem(ServqualDimension dimension) {
    this.dimension = dimension;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The item's dimension.
   *
   * @return the dimension
   */
  public ServqualDimension dimension() {
    return dimension;
  }

  /**
   * The item's number in the instrument.
   *
   * @return 1..22
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * All 22 items in instrument order.
   *
   * @return the items
   */
  public static List<ServqualItem> all() {
    return ALL;
  }

  /**
   * The items of one dimension.
   *
   * @param dimension the dimension
   * @return its items in instrument order
   */
  public static List<ServqualItem> of(ServqualDimension dimension) {
    return Arrays.stream(values()).filter(i -> i.dimension == dimension).toList();
  }
}
