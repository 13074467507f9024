/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The methods of keeping customers for ever that course file "CS Theory and Keeping Customers"
 * lists (永久保留顾客的方法): the seed announces fifty and shows numbers 1-10 and 16-50; {@link #number()}
 * keeps the seed's numbering. {@link RetentionStep#practices()} says which methods address which of
 * the twelve steps.
 */
public enum RetentionMethod implements Labelled {
  /** 1. Create a service-first culture (创造“服务至上”的文化). */
  SERVICE_FIRST_CULTURE(1),
  /** 2. Build a service concept (建立服务观念). */
  SERVICE_CONCEPT(2),
  /** 3. Win all staff's support and participation (获得全员的支持和参与). */
  ALL_STAFF_SUPPORT(3),
  /** 4. Managers put decisions in writing (主管必须把决策书面化). */
  DECISIONS_IN_WRITING(4),
  /** 5. Empower employees (授权给员工). */
  EMPOWER_EMPLOYEES(5),
  /** 6. Train employees (训练员工). */
  TRAIN_EMPLOYEES(6),
  /** 7. Promote your customer-service plan (推销你的顾客服务计划). */
  PROMOTE_SERVICE_PLAN(7),
  /** 8. Hire the best people (雇用最好的员工). */
  HIRE_THE_BEST(8),
  /** 9. Serve without extra cost to the customer (让顾客既得到服务又不必多花钱). */
  SERVICE_WITHOUT_EXTRA_COST(9),
  /** 10. Reward loyalty (奖励忠诚). */
  REWARD_LOYALTY(10),
  /** 16. Build an approachable service system (建立具有亲和力的顾客服务系统). */
  FRIENDLY_SERVICE_SYSTEM(16),
  /** 17. Keep service policy flexible (保持顾客服务策略的弹性). */
  FLEXIBLE_SERVICE_POLICY(17),
  /** 18. Communicate more with customers (加强与顾客的沟通). */
  COMMUNICATE_WITH_CUSTOMERS(18),
  /** 19. Handle complaints properly (恰当地处理抱怨). */
  HANDLE_COMPLAINTS_WELL(19),
  /** 20. Turn complaints into extra sales (化抱怨为额外的销售力量). */
  COMPLAINTS_INTO_SALES(20),
  /** 21. Teach staff to do it right the first time (教育员工凡事第一次就做好). */
  RIGHT_FIRST_TIME(21),
  /** 22. Every customer has a lifetime value (每一个顾客都拥有终身价值). */
  LIFETIME_VALUE(22),
  /** 23. Ask customers for their reactions (恳求顾客反应). */
  SOLICIT_FEEDBACK(23),
  /** 24. Understand customers' values (明了顾客的价值观). */
  UNDERSTAND_CUSTOMER_VALUES(24),
  /** 25. Adopt employees' suggestions (采纳员工的建议). */
  ADOPT_EMPLOYEE_SUGGESTIONS(25),
  /** 26. Treat customers equally and consistently (对顾客要平等一致). */
  TREAT_CUSTOMERS_EQUALLY(26),
  /** 27. Do more than you promise (做的比承诺更多). */
  DO_MORE_THAN_PROMISED(27),
  /** 28. Compete on benefits, not product or price (在利益上竞争,而不是在产品或价格上竞争). */
  COMPETE_ON_BENEFITS(28),
  /** 29. High touch matters more than high tech (高度关怀比高新技术更重要). */
  CARE_OVER_TECHNOLOGY(29),
  /** 30. Ask customers what they need (询问顾客需要什么). */
  ASK_WHAT_CUSTOMERS_NEED(30),
  /** 31. Manage service every day (每天的服务管理). */
  DAILY_SERVICE_MANAGEMENT(31),
  /** 32. Know the cost of losing a customer (明了失去顾客的代价). */
  KNOW_COST_OF_LOSING(32),
  /** 33. Know your competitors (了解竞争对手). */
  KNOW_COMPETITORS(33),
  /** 34. Do good market research (做好市场调查). */
  MARKET_RESEARCH(34),
  /** 35. Do a good internal assessment (做好内部评估). */
  INTERNAL_REVIEW(35),
  /** 36. Know what customers need, want and expect (了解顾客需要什么、想要什么、期望什么). */
  KNOW_NEEDS_WANTS_EXPECTATIONS(36),
  /** 37. Find, encourage and praise excellent staff (寻找、鼓励并表扬优秀员工). */
  RECOGNISE_EXCELLENT_STAFF(37),
  /** 38. Effective communication is the key (有效的沟通是顾客服务成功的关键). */
  EFFECTIVE_COMMUNICATION(38),
  /** 39. A harmonious atmosphere enables communication (和谐的气氛是沟通良好的关键). */
  HARMONIOUS_ATMOSPHERE(39),
  /** 40. Smile (微笑). */
  SMILE(40),
  /** 41. Make customers feel valued (让顾客觉得受重视). */
  MAKE_CUSTOMERS_FEEL_VALUED(41),
  /** 42. Upgrade your customers (提升你的顾客). */
  UPGRADE_CUSTOMERS(42),
  /** 43. Hold regular customer meetings (设立顾客会议制度). */
  CUSTOMER_MEETINGS(43),
  /** 44. Special offers for frequent customers (为经常到此消费的顾客另辟优惠). */
  FREQUENT_CUSTOMER_BENEFITS(44),
  /** 45. Raise quality standards (提高对品质的要求). */
  RAISE_QUALITY_STANDARDS(45),
  /** 46. Employees are your customers too (员工也是你的顾客). */
  EMPLOYEES_ARE_CUSTOMERS_TOO(46),
  /** 47. Let customers know you care (让客户知道你在乎他们). */
  SHOW_YOU_CARE(47),
  /** 48. Make service visible (让服务成为看得见的东西). */
  MAKE_SERVICE_VISIBLE(48),
  /** 49. Do a little more (多做一点). */
  DO_A_LITTLE_MORE(49),
  /** 50. Promotion and service go together (促销和顾客服务相辅相成). */
  PROMOTION_AND_SERVICE_TOGETHER(50);

  private final int number;

  RetentionMethod(int number) {
    this.number = number;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The method's number in the seed's list of fifty.
   *
   * @return 1-10 or 16-50
   */
  public int number() {
    return number;
  }
}
