/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static io.github.cx4j.core.concept.RetentionMethod.*;

import io.github.cx4j.core.Labelled;
import java.util.List;

/**
 * The twelve strategic steps to keep customers for ever (course file "CS Theory and Keeping
 * Customers", 永远留住顾客的十二步战略措施), from top-management support to continuous improvement. {@link
 * #practices()} lists the seed's {@link RetentionMethod methods} that address each step, which the
 * retention audit recommends for the weakest steps.
 */
public enum RetentionStep implements Labelled {
  /** 1. Top-management support (高层管理的支持). */
  TOP_MANAGEMENT_SUPPORT(
      1, SERVICE_FIRST_CULTURE, ALL_STAFF_SUPPORT, DECISIONS_IN_WRITING, DAILY_SERVICE_MANAGEMENT),
  /** 2. Internal assessment of the main aspects (对企业的主要方面进行内部评估). */
  INTERNAL_ASSESSMENT(2, INTERNAL_REVIEW, KNOW_COMPETITORS, KNOW_COST_OF_LOSING),
  /** 3. Identify customer needs (确定顾客需要). */
  IDENTIFY_CUSTOMER_NEEDS(
      3,
      ASK_WHAT_CUSTOMERS_NEED,
      KNOW_NEEDS_WANTS_EXPECTATIONS,
      MARKET_RESEARCH,
      UNDERSTAND_CUSTOMER_VALUES,
      SOLICIT_FEEDBACK),
  /** 4. Goals and performance measures (目标和工作衡量). */
  GOALS_AND_MEASUREMENT(
      4, RAISE_QUALITY_STANDARDS, DAILY_SERVICE_MANAGEMENT, LIFETIME_VALUE, KNOW_COST_OF_LOSING),
  /** 5. Customer-oriented management (顾客导向管理). */
  CUSTOMER_ORIENTED_MANAGEMENT(
      5,
      SERVICE_CONCEPT,
      FRIENDLY_SERVICE_SYSTEM,
      FLEXIBLE_SERVICE_POLICY,
      TREAT_CUSTOMERS_EQUALLY,
      COMPETE_ON_BENEFITS,
      MAKE_SERVICE_VISIBLE),
  /** 6. Become the customer's advocate (成为顾客拥护者). */
  CUSTOMER_ADVOCACY(
      6,
      MAKE_CUSTOMERS_FEEL_VALUED,
      SHOW_YOU_CARE,
      CARE_OVER_TECHNOLOGY,
      SERVICE_WITHOUT_EXTRA_COST,
      DO_MORE_THAN_PROMISED,
      SMILE),
  /** 7. Motivate staff and build their self-esteem (调动员工的积极性,树立员工的自尊心). */
  MOTIVATE_EMPLOYEES(
      7,
      EMPLOYEES_ARE_CUSTOMERS_TOO,
      HIRE_THE_BEST,
      HARMONIOUS_ATMOSPHERE,
      ADOPT_EMPLOYEE_SUGGESTIONS),
  /** 8. Empowerment and training (授权和培训). */
  EMPOWERMENT_AND_TRAINING(8, EMPOWER_EMPLOYEES, TRAIN_EMPLOYEES, RIGHT_FIRST_TIME),
  /** 9. Empower staff to solve and prevent problems (授权员工解决问题和预防问题). */
  EMPOWER_TO_SOLVE_AND_PREVENT(
      9, EMPOWER_EMPLOYEES, HANDLE_COMPLAINTS_WELL, COMPLAINTS_INTO_SALES, RIGHT_FIRST_TIME),
  /** 10. Communication and feedback (交流与反馈). */
  COMMUNICATION_AND_FEEDBACK(
      10,
      COMMUNICATE_WITH_CUSTOMERS,
      EFFECTIVE_COMMUNICATION,
      CUSTOMER_MEETINGS,
      SOLICIT_FEEDBACK,
      PROMOTE_SERVICE_PLAN),
  /** 11. Recognition, reward and celebration (赏识、奖励、庆贺). */
  RECOGNITION_AND_REWARD(11, RECOGNISE_EXCELLENT_STAFF, REWARD_LOYALTY, FREQUENT_CUSTOMER_BENEFITS),
  /** 12. Continuous improvement (不断改进). */
  CONTINUOUS_IMPROVEMENT(
      12,
      RAISE_QUALITY_STANDARDS,
      DO_A_LITTLE_MORE,
      UPGRADE_CUSTOMERS,
      PROMOTION_AND_SERVICE_TOGETHER);

  private final int number;
  private final List<RetentionMethod> practices;

  RetentionStep(int number, RetentionMethod... practices) {
    this.number = number;
    this.practices = List.of(practices);
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The step's number in the seed.
   *
   * @return 1 to 12
   */
  public int number() {
    return number;
  }

  /**
   * The seed's retention methods that address this step; every listed method addresses at least one
   * step.
   *
   * @return the methods, never empty
   */
  public List<RetentionMethod> practices() {
    return practices;
  }
}
