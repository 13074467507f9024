/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import java.util.List;
import java.util.Locale;

/**
 * The result of checking a reply: the flagged phrases and the use of "we" against "you" (course
 * file "Customer Relationship Management": 善用“我们”来代替“你”, say "we" instead of "you").
 *
 * @param findings the flagged phrases, in the order they appear
 * @param weCount occurrences of we / us / our / let's, 我们 / 咱们
 * @param youCount occurrences of you / your, 你 / 您 (including 你们)
 */
public record ReplyCheck(List<ReplyFinding> findings, int weCount, int youCount) {

  /** Copies the findings. */
  public ReplyCheck {
    findings = List.copyOf(findings);
  }

  /**
   * Whether no phrase was flagged.
   *
   * @return true for a clean reply
   */
  public boolean clean() {
    return findings.isEmpty();
  }

  /**
   * Whether the reply says "you" more often than "we".
   *
   * @return true if you outnumbers we
   */
  public boolean youOutnumbersWe() {
    return youCount > weCount;
  }

  /**
   * Advice in one language: the flagged phrases with what the customer hears and a better wording,
   * and the we/you advice; "No problems found." for a clean reply.
   *
   * @param locale Chinese for Chinese, anything else for English
   * @return one line per point
   */
  public List<String> advice(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    List<String> lines = new java.util.ArrayList<>();
    for (ReplyFinding f : findings) {
      lines.add(
          zh
              ? "“"
                  + f.matched()
                  + "”：客户听到的是“"
                  + f.customerHears()
                  + "”；不妨说：“"
                  + f.betterWording()
                  + "”"
              : "\""
                  + f.matched()
                  + "\": the customer hears \""
                  + f.customerHears()
                  + "\"; try: \""
                  + f.betterWording()
                  + "\"");
    }
    if (youOutnumbersWe()) {
      lines.add(
          zh
              ? "“你/您”出现 " + youCount + " 次，“我们”" + weCount + " 次：善用“我们”来代替“你”。"
              : "\"you\" "
                  + youCount
                  + " times against \"we\" "
                  + weCount
                  + " times: say \"we\" instead of \"you\".");
    }
    if (lines.isEmpty()) {
      lines.add(zh ? "未发现问题。" : "No problems found.");
    }
    return lines;
  }
}
