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
   * The line in Chinese.
   *
   * @return the line
   */
  public String lineZh() {
    return "“"
        + phrase
        + "”（"
        + code
        + "，"
        + rule
        + (flagged ? "，计为不当用语" : "，不计")
        + "）出自“"
        + context
        + "”";
  }
}
