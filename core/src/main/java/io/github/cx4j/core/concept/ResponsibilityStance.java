/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Texts;
import java.util.List;
import java.util.Locale;

/**
 * Two stances towards a problem (course file "Customer Relationship Management", slide 你为什么开会迟到？):
 * the victim (受害者) focuses on the outside things he cannot control (关注无法控制的外部事物) and answers "the
 * traffic" (交通); the owner (担当者) focuses on what he can control (关注我可以控制的因素) and answers "I left
 * too late, without allowing for the traffic" (我出发的太晚（未考虑到交通）).
 *
 * <p>Each stance has its consequences, a plus and a minus, which {@link #gains(Locale)} and {@link
 * #costs(Locale)} give in the seed's words. The victim gains innocence and not being responsible
 * (无辜、不负责) and pays with powerlessness, resignation and resentment (没有能力、辞职和怨恨); the owner gains
 * power, the response when it happens (权利、在遇到时回应…) and pays with responsibility, guilt and anxiety
 * (责任、愧疚和焦虑). The extracted slide text puts "the ability to respond in time" (及时反应的能力) just after
 * the owner's minus sign; as that ability is the power the plus names, cx4j lists it with the
 * gains.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ResponsibilityStance implements Labelled {
  /** Victim (受害者). */
  VICTIM,
  /** Owner (担当者). */
  OWNER;

  @Override
  public String code() {
    return name();
  }

  /**
   * The stance of someone who explains a problem by what he can control or not.
   *
   * @param withinControl whether the explanation lies within what the person can control or
   *     influence (leaving late) rather than outside it (the traffic)
   * @return {@link #OWNER} when it does, {@link #VICTIM} when it does not
   */
  public static ResponsibilityStance of(boolean withinControl) {
    return withinControl ? OWNER : VICTIM;
  }

  /**
   * The stance of someone who explains a problem by what lies in the given circle.
   *
   * @param focus the circle the explanation lies in
   * @return the stance; see {@link ResponsibilityCircle#stance()}
   */
  public static ResponsibilityStance of(ResponsibilityCircle focus) {
    return focus.stance();
  }

  /**
   * The circles this stance focuses on.
   *
   * @return for the victim the outside things; for the owner control (myself) and influence
   *     (others)
   */
  public List<ResponsibilityCircle> focus() {
    return this == VICTIM
        ? List.of(ResponsibilityCircle.CONCERN)
        : List.of(ResponsibilityCircle.CONTROL, ResponsibilityCircle.INFLUENCE);
  }

  /**
   * The stance's answer to the slide's question "why were you late for the meeting?".
   *
   * @param locale the language
   * @return the seed's answer
   */
  public String answer(Locale locale) {
    return Texts.text(this, "answer", locale);
  }

  /**
   * What the stance gains (the slide's plus).
   *
   * @param locale the language
   * @return the gains in the seed's words
   */
  public String gains(Locale locale) {
    return Texts.text(this, "gains", locale);
  }

  /**
   * What the stance costs (the slide's minus).
   *
   * @param locale the language
   * @return the costs in the seed's words
   */
  public String costs(Locale locale) {
    return Texts.text(this, "costs", locale);
  }
}
