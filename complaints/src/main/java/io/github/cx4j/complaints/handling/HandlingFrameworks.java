/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import java.util.List;
import java.util.Optional;

/**
 * The built-in handling frameworks as step lists, each adaptable through {@link
 * HandlingFramework}'s {@code with...} methods.
 */
public final class HandlingFrameworks {
  private HandlingFrameworks() {}

  /**
   * LAST: Listen, Apologise, Solve, Thank (hospitality training, e.g. Ritz-Carlton).
   *
   * @return the framework
   */
  public static HandlingFramework last() {
    return HandlingFramework.of(
        "LAST",
        List.of(
            HandlingStep.of("LISTEN", "Listen without interrupting.", "耐心倾听，不打断。"),
            HandlingStep.of("APOLOGISE", "Apologise sincerely.", "真诚道歉。"),
            HandlingStep.of("SOLVE", "Solve the problem, or agree the next step.", "解决问题，或商定下一步。"),
            HandlingStep.of("THANK", "Thank the customer for telling you.", "感谢客户告诉我们。")));
  }

  /**
   * HEARD: Hear, Empathise, Apologise, Resolve, Diagnose (Disney Institute).
   *
   * @return the framework
   */
  public static HandlingFramework heard() {
    return HandlingFramework.of(
        "HEARD",
        List.of(
            HandlingStep.of("HEAR", "Hear the whole story.", "听完整个经过。"),
            HandlingStep.of("EMPATHISE", "Show you understand how they feel.", "表示理解客户的感受。"),
            HandlingStep.of("APOLOGISE", "Apologise sincerely.", "真诚道歉。"),
            HandlingStep.of(
                "RESOLVE", "Resolve it, or ask what would put it right.", "解决问题，或询问怎样才能弥补。"),
            HandlingStep.of(
                "DIAGNOSE", "Find the cause so it does not happen again.", "找出原因，防止再次发生。")));
  }

  /**
   * BLAST: Believe, Listen, Apologise, Satisfy, Thank (hotel service training).
   *
   * @return the framework
   */
  public static HandlingFramework blast() {
    return HandlingFramework.of(
        "BLAST",
        List.of(
            HandlingStep.of("BELIEVE", "Believe the customer.", "相信客户。"),
            HandlingStep.of("LISTEN", "Listen actively.", "积极倾听。"),
            HandlingStep.of("APOLOGISE", "Apologise for the experience.", "为客户的遭遇道歉。"),
            HandlingStep.of("SATISFY", "Satisfy the customer with a remedy.", "以补救措施让客户满意。"),
            HandlingStep.of("THANK", "Thank the customer.", "感谢客户。")));
  }

  /**
   * The interaction flow of course file "Customer Relationship Management" (令客户满意的方法): open the
   * interaction, find the needs and expectations (listen, ask, empathise, explain, say no, adapt),
   * ask whether the customer is satisfied; if yes thank and close asking for a sign of
   * satisfaction; if not, recover and find the needs again.
   *
   * @return the framework
   */
  public static HandlingFramework interactionFlow() {
    return HandlingFramework.of(
        "INTERACTION_FLOW",
        List.of(
            HandlingStep.of(
                "OPEN", "Open: build rapport and credibility, personalise.", "开始交往：建立关系及信誉，个人化。"),
            HandlingStep.of(
                "FIND_NEEDS",
                "Find needs and expectations: listen, ask, empathise, explain, say no, adapt.",
                "确定需要和期望：倾听、提问、设身处地、解释说明、说不、应变。"),
            new HandlingStep(
                "CHECK_SATISFACTION",
                "Ask whether the customer is satisfied.",
                "探寻客户是否满意。",
                Optional.of("RECOVER"),
                Optional.of("THANK")),
            new HandlingStep(
                "RECOVER",
                "If not: recover (挽回), then find the needs again.",
                "如果不满意：挽回，然后重新确定需要。",
                Optional.empty(),
                Optional.of("FIND_NEEDS")),
            HandlingStep.of("THANK", "If yes: thank the customer.", "如果满意：致谢。"),
            HandlingStep.of(
                "CLOSE", "Close, asking for a sign of satisfaction.", "结束交往，要求满意的表示。")));
  }
}
