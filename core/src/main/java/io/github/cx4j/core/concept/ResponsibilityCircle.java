/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The circles a person can focus on when something goes wrong (course file "Customer Relationship
 * Management", slide 你为什么开会迟到？): what I can control (控制（自己）), what I can influence (影响（他人）), and
 * the outside things I cannot control (无法控制的外部事物). Focusing on the first two makes an {@link
 * ResponsibilityStance#OWNER owner}, on the third a {@link ResponsibilityStance#VICTIM victim}.
 *
 * <p>The slide draws control and influence as circles and names the outside things; calling the
 * third a circle of concern is cx4j's wording, after the usual picture of the three circles.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ResponsibilityCircle implements Labelled {
  /** What I control: myself (控制（自己）). */
  CONTROL,
  /** What I can influence: other people (影响（他人）). */
  INFLUENCE,
  /** The outside things I cannot control (无法控制的外部事物). */
  CONCERN;

  @Override
  public String code() {
    return name();
  }

  /**
   * Whether what lies in this circle is under my control.
   *
   * @return true for {@link #CONTROL} only
   */
  public boolean withinControl() {
    return this == CONTROL;
  }

  /**
   * Whether I can act on what lies in this circle, by controlling it or by influencing others.
   *
   * @return true for {@link #CONTROL} and {@link #INFLUENCE}
   */
  public boolean withinReach() {
    return this != CONCERN;
  }

  /**
   * The stance of someone who explains a problem by what lies in this circle.
   *
   * @return {@link ResponsibilityStance#OWNER} for control and influence, {@link
   *     ResponsibilityStance#VICTIM} for the outside things
   */
  public ResponsibilityStance stance() {
    return ResponsibilityStance.of(withinReach());
  }
}
