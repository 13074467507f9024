/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * A practice listed under a {@link ComplaintPrinciple} in course file "Customer Relationship
 * Management"; {@link #principle()} names its principle.
 */
public enum PrinciplePractice implements Labelled {
  /** Take responsibility (勇于负责). */
  TAKE_RESPONSIBILITY(ComplaintPrinciple.TRUST),
  /** Be candid and honest (坦率诚实). */
  BE_CANDID(ComplaintPrinciple.TRUST),
  /** Mind ethics (注重伦理). */
  MIND_ETHICS(ComplaintPrinciple.TRUST),
  /** No prejudice (没有偏见). */
  NO_PREJUDICE(ComplaintPrinciple.RESPECT),
  /** Polite and attentive (礼貌、专注). */
  POLITE_AND_ATTENTIVE(ComplaintPrinciple.RESPECT),
  /** Use the customer's name (提及客户姓名). */
  USE_CUSTOMER_NAME(ComplaintPrinciple.RESPECT),
  /** Remember what the customer said (记住客户说过的话). */
  REMEMBER_WHAT_WAS_SAID(ComplaintPrinciple.RESPECT),
  /** Put yourself in their place (易地而处). */
  PUT_YOURSELF_IN_THEIR_PLACE(ComplaintPrinciple.UNDERSTANDING),
  /** Let the customer vent (让客户发泄). */
  LET_THE_CUSTOMER_VENT(ComplaintPrinciple.UNDERSTANDING),
  /** Share similar cases (讲述类似事例). */
  SHARE_SIMILAR_CASES(ComplaintPrinciple.UNDERSTANDING),
  /** Hear what is left unsaid (倾听难言之隐). */
  HEAR_THE_UNSAID(ComplaintPrinciple.SENSITIVITY),
  /** Compare verbal and non-verbal signals (比较口头与非口头表达). */
  COMPARE_VERBAL_AND_NONVERBAL(ComplaintPrinciple.SENSITIVITY),
  /** Mind cultural differences (注意文化差异). */
  MIND_CULTURAL_DIFFERENCES(ComplaintPrinciple.SENSITIVITY),
  /** Respond actively (积极响应). */
  RESPOND_ACTIVELY(ComplaintPrinciple.TIMELINESS),
  /** Act promptly and flexibly (及时采取正确措施、灵活应变). */
  ACT_PROMPTLY(ComplaintPrinciple.TIMELINESS),
  /** Escalate when needed (如有必要,迅速提交上级主管处理). */
  ESCALATE_WHEN_NEEDED(ComplaintPrinciple.TIMELINESS),
  /** Keep the customer informed (及时通知客户). */
  KEEP_CUSTOMER_INFORMED(ComplaintPrinciple.TIMELINESS);

  private final ComplaintPrinciple principle;

  PrinciplePractice(ComplaintPrinciple principle) {
    this.principle = principle;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The principle this practice belongs to.
   *
   * @return the principle
   */
  public ComplaintPrinciple principle() {
    return principle;
  }
}
