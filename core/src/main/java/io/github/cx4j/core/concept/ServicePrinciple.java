package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The SERVICE principles, the winning strategy of all-staff service (source file 004): Self-esteem,
 * Exceed expectations, Recovery, Vision, Improvement, Care, Empowerment. {@link #letter()} gives
 * each principle's letter of the word SERVICE.
 */
public enum ServicePrinciple implements Labelled {
  /** S: self-esteem (自我尊重). */
  SELF_ESTEEM,
  /** E: exceed expectations (超越客户期望). */
  EXCEED_EXPECTATIONS,
  /** R: recovery (及时补救). */
  RECOVERY,
  /** V: vision (服务愿景). */
  VISION,
  /** I: improvement (提升品质). */
  IMPROVEMENT,
  /** C: care (关注客户). */
  CARE,
  /** E: empowerment (授权). */
  EMPOWERMENT;

  @Override
  public String code() {
    return name();
  }

  /**
   * The principle's letter in the word SERVICE.
   *
   * @return one of S, E, R, V, I, C, E
   */
  public char letter() {
    return "SERVICE".charAt(ordinal());
  }
}
