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
 * Judges the blame-shifting and negative phrases the {@link ReplyChecker} finds in their context: a
 * phrase does not count against a reply when a negation stands just before it in its clause ("it is
 * not your fault", "这不是你的问题"), when a commitment to find out follows a "not sure" or "I don't know"
 * ("I'm not sure yet, but I will check"), when a policy is cited in the customer's favour ("our
 * policy is to refund you", "按公司规定，您可以…"), when "no way" or "impossible" promises that something
 * will not happen again, or when the reply reports what someone else said, in quotation marks. The
 * course file "Customer Relationship Management" (服务表达三准则, 推卸责任的话术) condemns the phrases as the
 * agent's own stance; these uses take the opposite stance.
 */
final class RespectJudge {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?。！？\\n]+[.!?。！？]*");

  static final Pattern EN_NEGATION =
      Pattern.compile(
          "(?:\\b(?:not|never|no one|nobody|nothing|none)\\b|n't)(?:\\s+[^\\s,;:.!?]+){0,4}\\s*$");
  private static final Pattern EN_COMMITMENT =
      Pattern.compile(
          "\\b(?:i'll|i will|let me|we'll|we will|i am going to|i'm going to)\\s+(?:\\w+\\s+){0,2}"
              + "(?:find out|check|look into|get back|ask|confirm|call you back|investigate)\\b");
  private static final Pattern EN_IN_FAVOUR =
      Pattern.compile(
          "^\\s*,?\\s*(?:is to|lets you|allows you|entitles you|guarantees|gives you|covers"
              + "|you are entitled|you're entitled|you get|you will (?:get|receive)|you can\\b(?!'t))");
  private static final Pattern EN_ASSURANCE =
      Pattern.compile(
          "^\\s*,?\\s*(?:that\\s+)?(?:we|i|this|it)(?:'ll| will| would| is going to)?\\s+"
              + "(?:let|allow|happen|ever happen)");
  private static final Pattern EN_REPORTED =
      Pattern.compile("\\b(?:said|told|says|tells|wrote|answered|replied)\\b[^\"“]*[\"“][^\"”]*$");

  private static final Pattern ZH_NOT_NEGATIONS = Pattern.compile("不好意思|不管|不论|不过|不然|要不|不断|不就");
  static final Pattern ZH_NEGATION =
      Pattern.compile("(?:不|没有?|并非|绝不|从不|从来不|别|无须|无需)[^，。！？；,.!?;]{0,5}$");
  private static final Pattern ZH_COMMITMENT =
      Pattern.compile("(?:马上|立刻|这就|现在就|会|去|帮您|为您)[^。！？]{0,6}(?:查|确认|核实|了解|询问|问一下|回复您|答复您)");
  private static final Pattern ZH_IN_FAVOUR =
      Pattern.compile("^[，,]?(?:我们)?(?:您|你|会|将|可以)?(?:可以|可获得|能够|有权|将获得|为您|给您|会为您|会给您)");
  private static final Pattern ZH_ASSURANCE = Pattern.compile("^(?:再|会再|再次)(?:发生|出现|让您)");
  private static final Pattern ZH_REPORTED =
      Pattern.compile("(?:说|称|告诉您|告诉你|回答|答复)[^“”\"「」]*[“\"「][^”\"」]*$");

  private RespectJudge() {}

  /**
   * The verdicts of a reply's findings.
   *
   * @param reply the reply
   * @param findings the reply checker's findings in it
   * @return one verdict per finding, in order
   */
  static List<PhraseVerdict> judge(String reply, List<ReplyFinding> findings) {
    List<PhraseVerdict> out = new ArrayList<>(findings.size());
    for (ReplyFinding f : findings) {
      int start = f.start();
      int end = start + f.matched().length();
      String sentence = sentenceAround(reply, start);
      String rule =
          "zh".equals(f.language())
              ? chinese(f, reply.substring(0, start), reply.substring(end))
              : english(
                  f,
                  reply.substring(0, start).toLowerCase(Locale.ROOT).replace('\u2019', '\''),
                  reply.substring(end).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
      out.add(
          new PhraseVerdict(
              f.matched(),
              f.code(),
              f.kind(),
              rule,
              rule.equals("flagged"),
              f.language(),
              sentence));
    }
    return out;
  }

  private static String english(ReplyFinding f, String before, String after) {
    String clause = lastClause(before);
    String code = f.code();
    String tail = after.length() > 90 ? after.substring(0, 90) : after;
    if (!code.equals("NOT_SURE") && EN_NEGATION.matcher(clause).find()) {
      return "negated";
    }
    if (EN_REPORTED.matcher(sentenceStart(before)).find()) {
      return "reported";
    }
    if ((code.equals("NOT_SURE") || code.equals("I_DONT_KNOW"))
        && EN_COMMITMENT.matcher(tail).find()) {
      return "commitment";
    }
    if (code.equals("COMPANY_POLICY") && EN_IN_FAVOUR.matcher(after).find()) {
      return "in-favour";
    }
    if (code.equals("NO_WAY") && EN_ASSURANCE.matcher(after).find()) {
      return "assurance";
    }
    return "flagged";
  }

  private static String chinese(ReplyFinding f, String before, String after) {
    String clause = ZH_NOT_NEGATIONS.matcher(lastClause(before)).replaceAll("，");
    String code = f.code();
    String tail = after.length() > 40 ? after.substring(0, 40) : after;
    if (ZH_NEGATION.matcher(clause).find()) {
      return "negated";
    }
    if (ZH_REPORTED.matcher(sentenceStart(before)).find()) {
      return "reported";
    }
    if ((code.equals("NOT_SURE") || code.equals("I_DONT_KNOW"))
        && ZH_COMMITMENT.matcher(tail).find()) {
      return "commitment";
    }
    if (code.equals("COMPANY_POLICY") && ZH_IN_FAVOUR.matcher(after).find()) {
      return "in-favour";
    }
    if (code.equals("NO_WAY") && ZH_ASSURANCE.matcher(after).find()) {
      return "assurance";
    }
    return "flagged";
  }

  /**
   * Whether a blame pattern occurs in a sentence other than negated in its clause.
   *
   * @param blame the pattern
   * @param sentence the sentence (lower case for English)
   * @param chinese whether to use the Chinese negations
   * @return true if some occurrence blames
   */
  static boolean blames(Pattern blame, String sentence, boolean chinese) {
    Matcher b = blame.matcher(sentence);
    while (b.find()) {
      String clause = lastClause(sentence.substring(0, b.start()));
      if (chinese) {
        clause = ZH_NOT_NEGATIONS.matcher(clause).replaceAll("，");
      }
      if (!(chinese ? ZH_NEGATION : EN_NEGATION).matcher(clause).find()) {
        return true;
      }
    }
    return false;
  }

  /** The text after the last clause break (comma, semicolon, colon, sentence end). */
  static String lastClause(String before) {
    int cut = -1;
    for (int i = 0; i < before.length(); i++) {
      if (",;:.!?，；：。！？、".indexOf(before.charAt(i)) >= 0) {
        cut = i;
      }
    }
    return before.substring(cut + 1);
  }

  /** The text after the last sentence end. */
  private static String sentenceStart(String before) {
    int cut = -1;
    for (int i = 0; i < before.length(); i++) {
      if (".!?。！？\n".indexOf(before.charAt(i)) >= 0) {
        cut = i;
      }
    }
    return before.substring(cut + 1);
  }

  private static String sentenceAround(String reply, int index) {
    Matcher m = SENTENCE.matcher(reply);
    while (m.find()) {
      if (m.start() <= index && index < m.end()) {
        return m.group().strip();
      }
    }
    return reply.strip();
  }
}
