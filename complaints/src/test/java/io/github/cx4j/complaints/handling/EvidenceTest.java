/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Replies that a word match counts as empathy but that show none (false positives of the old
 * check), each with the rule that rejects it; and replies that do show empathy.
 */
class EvidenceTest {

  private static String rules(String reply) {
    List<Evidence> ev = PrincipleCheck.evidence(reply);
    assertFalse(ev.isEmpty(), "no cue found in: " + reply);
    return ev.stream().map(Evidence::rule).collect(Collectors.joining(","));
  }

  private static boolean empathy(String reply) {
    return PrincipleCheck.evidence(reply).stream().anyMatch(Evidence::counts);
  }

  @Test
  void englishFalsePositives() {
    String[] cases = {
      "You must be mistaken, I don't understand.|blame,negated",
      "I don't understand what you want.|negated",
      "We are not sorry for following the rules.|negated",
      "I can't understand why you are calling again.|negated",
      "There is nothing to be sorry about.|negated",
      "I'm sorry if you feel that way.|conditional",
      "Sorry you feel that the service was slow.|conditional",
      "We apologise if you were confused by the form.|conditional",
      "I'm sorry, but that is our policy.|but-cancels",
      "Sorry, but you should have read the terms.|blame",
      "I understand, but the rules are the rules.|but-cancels",
      "Please understand that we are very busy.|directive",
      "You need to understand how the system works.|directive",
      "You must understand that refunds take time.|directive",
      "Do you understand the instructions now?|directive",
      "You must be joking.|blame",
      "It must be a problem on your side.|no-feeling",
      "The parcel must be at the depot.|no-feeling",
      "Sorry, it is your own fault for missing the slot.|blame",
      "I understand you didn't follow the steps.|blame",
      "You understand it wrong, the fee is correct.|misunderstanding",
      "We never apologise for delays caused by couriers.|negated",
      "I'm sorry you think our staff were rude.|conditional",
    };
    assertTrue(cases.length >= 21, "at least 21 examples");
    List<String> wrong = new java.util.ArrayList<>();
    for (String c : cases) {
      String[] parts = c.split("\\|");
      if (!parts[1].equals(rules(parts[0])) || empathy(parts[0])) {
        wrong.add(parts[0] + " -> " + rules(parts[0]));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void chineseFalsePositives() {
    String[] cases = {
      "我不理解您为什么还要投诉。|negated",
      "这个问题我无法理解。|negated",
      "我们没什么好抱歉的。|negated",
      "没有什么对不起您的地方。|negated",
      "请您理解我们的规定。|directive",
      "希望您理解，这不归我们管。|directive",
      "您应该理解我们的难处。|directive",
      "你必须理解这是流程。|directive",
      "您的理解有误，费用是对的。|misunderstanding",
      "您理解错了我们的意思。|misunderstanding",
      "抱歉，这是您自己的问题。|blame",
      "对不起，是你没看说明书。|blame",
      "抱歉，是您搞错了时间。|blame",
      "对不起，但是这是规定。|but-cancels",
      "抱歉，不过您当时没有问。|but-cancels",
      "理解，可是公司规定不能退。|but-cancels",
      "如果您觉得不满意，那我们抱歉。|conditional",
      "要是你认为我们错了，对不起。|conditional",
      "我们不必抱歉，这不是我们的错。|negated",
      "我并不担忧这个问题。|negated",
      "对不起，怪你自己没看清。|blame",
      "我难以理解您的要求。|negated",
    };
    assertTrue(cases.length >= 21, "at least 21 examples");
    List<String> wrong = new java.util.ArrayList<>();
    for (String c : cases) {
      String[] parts = c.split("\\|");
      if (!parts[1].equals(rules(parts[0])) || empathy(parts[0])) {
        wrong.add(parts[0] + " -> " + rules(parts[0]));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void genuineEmpathyCounts() {
    String[] cases = {
      "I'm so sorry about the late delivery, Ms. Li.",
      "We apologise for the mistake on your bill.",
      "I understand how frustrating this must be.",
      "That must be really frustrating after two calls.",
      "I see how this spoiled your evening.",
      "I understand, and we will fix it today.",
      "Sorry to hear that; the refund is on its way.",
      "非常抱歉给您带来不便。",
      "我们深表歉意。",
      "对不起，我们马上为您处理。",
      "我完全理解您的心情。",
      "我们非常关注此事，今天给您答复。",
    };
    List<String> wrong = new java.util.ArrayList<>();
    for (String c : cases) {
      if (!empathy(c)) {
        wrong.add(c + " -> " + rules(c));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void findingsListThePhraseAndTheRule() {
    Evidence e = PrincipleCheck.evidence("I'm sorry if you feel that way.").get(0);
    assertEquals(
        "\"sorry\" (conditional, does not count) in \"I'm sorry if you feel that way.\"", e.line());
    assertEquals("en", e.language());
    Evidence z = PrincipleCheck.evidence("请您理解我们的规定。").get(0);
    assertEquals("“理解”（directive，不计入）出自“请您理解我们的规定。”", z.lineZh());
  }
}
