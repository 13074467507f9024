/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges empathy and apology phrases in their sentence: a cue counts unless a negation stands just
 * before it, it is a conditional or directive use, the sentence shifts blame to the customer, or a
 * "but" that turns on the customer or a rule follows it. The rules follow the complaint-handling
 * principles and the negative and blame-shifting phrases of course file "Customer Relationship
 * Management": an apology that blames, hedges or lectures the customer is not one.
 */
final class EmpathyJudge {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?。！？；;\\n]+[.!?。！？；;]*");

  private static final Pattern EN_CUE =
      Pattern.compile(
          "\\b(sorry|apologi[sz]e[sd]?|apologies|understand(?:able)?|i see how|must be)\\b");
  private static final Pattern EN_NEGATION =
      Pattern.compile(
          "(?:\\b(?:not|never|no|cannot|hardly|nothing to be)\\b|n't|\\bnot really\\b)"
              + "(?:\\s+\\w+){0,2}\\s*$");
  private static final Pattern EN_CONDITIONAL =
      Pattern.compile(
          "^\\s*(?:,\\s*)?(?:if\\b|you feel\\b|that you feel\\b|you think\\b|that you think\\b"
              + "|you believe\\b|that you're upset\\b|you're upset\\b|for any confusion you\\b)");
  private static final Pattern EN_DIRECTIVE =
      Pattern.compile(
          "(?:\\bplease|\\byou need to|\\byou must|\\byou should|\\byou have to|\\bdo you"
              + "|\\btry to|\\byou'll have to|\\byou will have to|\\bmake sure you)\\s*$");
  private static final Pattern EN_FEELING =
      Pattern.compile(
          "^\\s+(?:so\\s+|very\\s+|really\\s+)?(?:frustrat|annoy|upset|difficult|hard|stress"
              + "|disappoint|inconvenien|worr|awful|terrible|exhaust|unpleasant|maddening)");
  private static final Pattern EN_BLAME =
      Pattern.compile(
          "\\b(?:your (?:own )?fault|you should have|you failed|you did not|you didn't"
              + "|your mistake|you were wrong|you are wrong|you're wrong|you must be (?:mistaken"
              + "|wrong|confused|joking|kidding)|you misread|you got it wrong|blame you)\\b");
  private static final Pattern EN_BUT =
      Pattern.compile(
          "\\b(?:but|however)\\b,?\\s*(?:you|your|that's|that is|it's|it is|there is nothing"
              + "|there's nothing|nothing|policy|the rules?|rules are)");
  private static final Pattern EN_MISUNDERSTANDING =
      Pattern.compile("^\\s*(?:wrong|incorrectly|it wrong)\\b");

  private static final Pattern ZH_CUE = Pattern.compile("抱歉|歉意|对不起|理解|痛心|关注此事|担忧");
  private static final Pattern ZH_NEGATION =
      Pattern.compile("(?:不|无法|不能|难以|没法|没有什么好?|没什么好?|没有|毫不|并不|不必|不用|何必)(?:太|能|会|觉得|用)?$");
  private static final Pattern ZH_CONDITIONAL = Pattern.compile("(?:如果|要是|假如)(?:您|你)(?:觉得|认为|非要)");
  private static final Pattern ZH_DIRECTIVE =
      Pattern.compile("(?:请您?|希望您?|您要|你要|您应该|你应该|您必须|你必须|您得|你得|请你多)$");
  private static final Pattern ZH_BLAME =
      Pattern.compile(
          "您自己|你自己|是您的问题|是你的问题|您的责任|你的责任|您搞错|你搞错|您弄错|你弄错|怪您|怪你" + "|您没有按|你没有按|您没看|你没看|是您的错|是你的错");
  private static final Pattern ZH_BUT =
      Pattern.compile("(?:但是|可是|不过)[，,]?(?:您|你|这是规定|规定|制度|没办法|没有办法|公司规定)");
  private static final Pattern ZH_MISUNDERSTANDING = Pattern.compile("^(?:错|有误|偏差|能力|有问题)");

  private EmpathyJudge() {}

  /**
   * The evidence of a reply: every empathy or apology cue with its rule.
   *
   * @param reply the reply
   * @return the evidence, in order of appearance
   */
  static List<Evidence> judge(String reply) {
    List<Evidence> out = new ArrayList<>();
    Matcher s = SENTENCE.matcher(reply);
    while (s.find()) {
      String sentence = s.group().strip();
      if (sentence.isEmpty()) {
        continue;
      }
      english(sentence, out);
      chinese(sentence, out);
    }
    return out;
  }

  private static void english(String sentence, List<Evidence> out) {
    String lower = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    Matcher m = EN_CUE.matcher(lower);
    while (m.find()) {
      String cue = m.group(1);
      String before = lower.substring(0, m.start());
      String after = lower.substring(m.end());
      String rule;
      if (EN_NEGATION.matcher(before).find()) {
        rule = "negated";
      } else if (RespectJudge.blames(EN_BLAME, lower, false)) {
        rule = "blame";
      } else if (cue.equals("must be") && !EN_FEELING.matcher(after).find()) {
        rule = "no-feeling";
      } else if (cue.startsWith("understand") && EN_DIRECTIVE.matcher(before).find()) {
        rule = "directive";
      } else if (cue.startsWith("understand") && EN_MISUNDERSTANDING.matcher(after).find()) {
        rule = "misunderstanding";
      } else if (EN_CONDITIONAL.matcher(after).find()) {
        rule = "conditional";
      } else if (EN_BUT.matcher(after).find()) {
        rule = "but-cancels";
      } else {
        rule = cue.startsWith("sorry") || cue.startsWith("apolog") ? "apology" : "empathy";
      }
      out.add(
          new Evidence(
              sentence.substring(m.start(1), m.end(1)),
              rule,
              rule.equals("apology") || rule.equals("empathy"),
              "en",
              sentence));
    }
  }

  private static void chinese(String sentence, List<Evidence> out) {
    Matcher m = ZH_CUE.matcher(sentence);
    while (m.find()) {
      String cue = m.group();
      String before = sentence.substring(0, m.start());
      String after = sentence.substring(m.end());
      String rule;
      if (ZH_NEGATION.matcher(before).find()) {
        rule = "negated";
      } else if (RespectJudge.blames(ZH_BLAME, sentence, true)) {
        rule = "blame";
      } else if (cue.equals("理解") && ZH_DIRECTIVE.matcher(before).find()) {
        rule = "directive";
      } else if (cue.equals("理解") && ZH_MISUNDERSTANDING.matcher(after).find()) {
        rule = "misunderstanding";
      } else if (ZH_CONDITIONAL.matcher(before).find()) {
        rule = "conditional";
      } else if (ZH_BUT.matcher(after).find()) {
        rule = "but-cancels";
      } else {
        rule = cue.equals("抱歉") || cue.equals("歉意") || cue.equals("对不起") ? "apology" : "empathy";
      }
      out.add(
          new Evidence(
              cue, rule, rule.equals("apology") || rule.equals("empathy"), "zh", sentence));
    }
  }
}
