/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Texts;
import java.util.Locale;

/**
 * The blame-shifting phrases that course file "Customer Relationship Management" tells service
 * staff to avoid, each with its wording in Chinese and English ({@link #phrase(Locale)}), what the
 * customer hears in it ({@link #customerHears(Locale)}) and a better wording ({@link
 * #betterWording(Locale)}) that follows the seed's rules of expression: say "we", give positive
 * information, let the customer save face.
 */
public enum BlameShiftingPhrase implements Labelled {
  /** "That's impossible, this has never happened here" (不可能,这种事我们从来没有发生过). */
  NEVER_HAPPENS_HERE,
  /** "Ask the manufacturer, we only sell it" (这个问题要问厂商,我们只负责卖). */
  ASK_THE_MANUFACTURER,
  /** "I'm not really sure" (嗯,我不大清楚). */
  NOT_SURE,
  /** "I never said that" (我绝对没有说过那种话). */
  NEVER_SAID_THAT,
  /** "It's company policy" (这是公司规定). */
  COMPANY_POLICY;

  @Override
  public String code() {
    return name();
  }

  /**
   * The phrase to avoid, as staff say it.
   *
   * @param locale English, or any {@code zh} locale for the seed's Chinese wording
   * @return the phrase
   */
  public String phrase(Locale locale) {
    return Texts.text(this, "phrase", locale);
  }

  /**
   * What the customer hears in the phrase (the seed's second column: "so the customer is just
   * picking a fight?!").
   *
   * @param locale the language
   * @return the customer's reading
   */
  public String customerHears(Locale locale) {
    return Texts.text(this, "heard", locale);
  }

  /**
   * A better wording that takes responsibility and says "we".
   *
   * @param locale the language
   * @return the suggested wording
   */
  public String betterWording(Locale locale) {
    return Texts.text(this, "better", locale);
  }
}
