/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Replies in which the word match finds a blame-shifting or negative phrase that, in its context,
 * is none (false positives of the old respect and trust check), each with the rule that clears it;
 * and replies where the phrase does count.
 */
class RespectEvidenceTest {

  /** Each case: reply | the rules of its verdicts, in order. */
  private static List<String> wrong(String[] cases, boolean flagged) {
    List<String> wrong = new ArrayList<>();
    for (String c : cases) {
      String[] parts = c.split("\\|");
      List<PhraseVerdict> v = PrincipleCheck.phraseVerdicts(parts[0]);
      String rules = v.stream().map(PhraseVerdict::rule).collect(Collectors.joining(","));
      boolean anyFlagged = v.stream().anyMatch(PhraseVerdict::flagged);
      if (v.isEmpty() || !parts[1].equals(rules) || anyFlagged != flagged) {
        wrong.add(parts[0] + " -> " + (v.isEmpty() ? "no phrase found" : rules));
      }
    }
    return wrong;
  }

  @Test
  void englishFalsePositives() {
    String[] cases = {
      "It is not your fault.|negated",
      "This was not your fault at all, Ms. Li.|negated",
      "It was never your fault.|negated",
      "It isn't your fault that the parcel was lost.|negated",
      "Nobody is saying you are wrong.|negated",
      "We don't think you made a mistake.|negated",
      "I would never tell you to calm down.|negated",
      "No one will ask you to calm down.|negated",
      "We won't say it's company policy and leave it there.|negated",
      "It is not impossible; we have done it before.|negated",
      "Nothing is impossible for our repair team.|negated",
      "I'm not sure yet, but I will find out by 5 pm.|commitment",
      "I don't know yet; let me check with the warehouse.|commitment",
      "I do not know the answer yet, so I will check and call you back today.|commitment",
      "I'm not sure of the exact date, so I will confirm it by email tonight.|commitment",
      "Our policy is to refund you in full.|in-favour",
      "Company policy entitles you to a free replacement.|in-favour",
      "Under our policy you are entitled to compensation.|in-favour",
      "Our policy guarantees a reply within one day.|in-favour",
      "There is no way we will let this happen again.|assurance",
      "The courier told you \"not my job\", and that was unacceptable.|reported",
      "You were told \"calm down\" on the phone; we apologise for that.|reported",
    };
    assertTrue(cases.length >= 21, "at least 21 examples");
    assertEquals(List.of(), wrong(cases, false));
  }

  @Test
  void chineseFalsePositives() {
    String[] cases = {
      "这不是你的问题。|negated",
      "这不是您的问题，是我们的疏忽。|negated",
      "这绝不是你的问题，是我们的失误。|negated",
      "不是你错了，是我们弄错了。|negated",
      "这件事并不是你搞错了。|negated",
      "我们不会叫您冷静一点。|negated",
      "没有人会说这不归我管。|negated",
      "这并非不可能，我们试试。|negated",
      "没有办不到的事，我们一定解决。|negated",
      "不用担心，没有什么是不可能的。|negated",
      "我们从不说“这是规定”来敷衍客户。|negated",
      "我们不会说“没办法”。|negated",
      "没有谁让你多跑一趟，是我们安排错了。|negated",
      "我不太清楚，我马上帮您查一下。|commitment",
      "我不知道具体时间，我去核实一下再回复您。|commitment",
      "我不清楚原因，我这就去确认。|commitment",
      "按公司规定，您可以获得全额退款。|in-favour",
      "公司规定您有权获得赔偿。|in-favour",
      "根据公司的规定，我们会为您免费更换。|in-favour",
      "这种情况不可能再发生。|assurance",
      "请放心，这不可能再出现。|assurance",
      "快递员跟您说“不归我管”，这是我们的错。|reported",
      "您说客服让您“冷静一点”，我们向您道歉。|reported",
    };
    assertTrue(cases.length >= 21, "at least 21 examples");
    assertEquals(List.of(), wrong(cases, false));
  }

  @Test
  void thePhrasesStillCountWhereTheyAreMeant() {
    String[] cases = {
      "That's company policy.|flagged",
      "Calm down, please.|flagged",
      "It's your fault.|flagged",
      "No, you are wrong.|flagged",
      "I don't care, it's your fault.|flagged",
      "I'm not sure.|flagged",
      "I don't know.|flagged",
      "That's our policy, you can't get a refund.|flagged",
      "There is no way to do that.|flagged",
      "这是公司规定。|flagged",
      "你冷静一点。|flagged",
      "不好意思，是你的问题。|flagged",
      "不管怎样都是你的问题。|flagged",
      "我不清楚。|flagged",
      "公司规定，你不能退。|flagged",
      "这不就是你的问题吗？|flagged",
      "您搞错了，费用是对的。|flagged",
      "是您的问题，与我们无关。|flagged",
    };
    assertEquals(List.of(), wrong(cases, true));
  }

  @Test
  void verdictsListThePhraseTheCodeAndTheRule() {
    PhraseVerdict v = PrincipleCheck.phraseVerdicts("It is not your fault.").get(0);
    assertEquals(
        "\"your fault\" (YOUR_FAULT, negated, does not count) in \"It is not your fault.\"",
        v.line());
    assertFalse(v.flagged());
    PhraseVerdict z = PrincipleCheck.phraseVerdicts("这是公司规定。").get(0);
    assertEquals("“公司规定”（COMPANY_POLICY，计为不当用语）出自“这是公司规定。”", z.lineZh());
  }

  @Test
  void anApologyThatClearsTheCustomerIsStillAnApology() {
    assertEquals(
        List.of("apology"),
        PrincipleCheck.evidence("I'm so sorry, this is not your fault.").stream()
            .map(Evidence::rule)
            .toList());
    assertEquals(
        List.of("apology"),
        PrincipleCheck.evidence("抱歉，这不是您的责任。").stream().map(Evidence::rule).toList());
  }
}
