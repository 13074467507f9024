/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

/**
 * One phrase the principle check found in a reply, the rule it applied and whether the phrase
 * counts for the principle.
 *
 * @param phrase the phrase as written
 * @param rule the rule's code: {@code apology}, {@code empathy} when it counts; {@code negated},
 *     {@code conditional}, {@code directive}, {@code blame}, {@code but-cancels}, {@code
 *     no-feeling}, {@code misunderstanding} when it does not
 * @param counts whether the phrase shows empathy
 * @param language {@code en} or {@code zh}
 * @param context the sentence the phrase stands in
 */
public record Evidence(
    String phrase, String rule, boolean counts, String language, String context) {

  /**
   * The evidence as one line, for example {@code "sorry" (conditional, does not count) in "I'm
   * sorry if you feel that way."}.
   *
   * @return the line
   */
  public String line() {
    return "\""
        + phrase
        + "\" ("
        + rule
        + (counts ? ", counts" : ", does not count")
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
    return "“" + phrase + "”（" + rule + (counts ? "，计入" : "，不计入") + "）出自“" + context + "”";
  }
}
