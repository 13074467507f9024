/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

/**
 * A blame-shifting or negative phrase of a reply judged in its context: whether it counts against
 * the reply, and the rule that decided.
 *
 * @param phrase the phrase as written
 * @param code the lexicon entry's code, for example {@code YOUR_FAULT}
 * @param kind blame-shifting or negative
 * @param rule {@code flagged} when it counts against the reply; {@code negated} ("it is not your
 *     fault"), {@code commitment} ("I'm not sure yet, but I will find out"), {@code in-favour}
 *     ("our policy is to refund you"), {@code assurance} ("no way we will let this happen again")
 *     or {@code reported} (quoting what someone else said) when it does not
 * @param flagged whether the phrase counts against the reply
 * @param language {@code en} or {@code zh}
 * @param context the sentence the phrase stands in
 */
public record PhraseVerdict(
    String phrase,
    String code,
    PhraseKind kind,
    String rule,
    boolean flagged,
    String language,
    String context) {

  /**
   * The verdict as one line, for example {@code "your fault" (YOUR_FAULT, negated, does not count)
   * in "It is not your fault."}.
   *
   * @return the line
   */
  public String line() {
    return "\""
        + phrase
        + "\" ("
        + code
        + ", "
        + rule
        + (flagged ? ", counts against the reply" : ", does not count")
        + ") in \""
        + context
        + "\"";
  }

  /**
   * The line in Chinese, with the rule's Chinese name, for example {@code
   * “是你的问题”（YOUR_FAULT，被否定，不计）出自“这不是你的问题。”}.
   *
   * @return the line
   */
  public String lineZh() {
    return "“"
        + phrase
        + "”（"
        + code
        + "，"
        + ruleZh()
        + (flagged ? "" : "，不计")
        + "）出自“"
        + context
        + "”";
  }

  /**
   * The rule's Chinese name.
   *
   * @return 计为不当用语 (flagged), 被否定, 承诺查明, 对客户有利, 保证不再发生 or 转述他人
   */
  public String ruleZh() {
    switch (rule) {
      case "negated":
        return "被否定";
      case "commitment":
        return "承诺查明";
      case "in-favour":
        return "对客户有利";
      case "assurance":
        return "保证不再发生";
      case "reported":
        return "转述他人";
      default:
        return "计为不当用语";
    }
  }
}
