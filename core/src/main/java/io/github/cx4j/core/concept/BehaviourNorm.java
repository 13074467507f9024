/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The ten behaviour norms of all-staff service (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum BehaviourNorm implements Labelled {
  /** A warm heart (心要热). */
  WARM_HEART,
  /** A cool head (头要冷). */
  COOL_HEAD,
  /** Sweet words (嘴要甜). */
  SWEET_WORDS,
  /** A smiling face (脸要笑). */
  SMILING_FACE,
  /** Bright eyes (眼要亮). */
  BRIGHT_EYES,
  /** Sharp ears (耳要尖). */
  SHARP_EARS,
  /** A keen nose (鼻要灵). */
  KEEN_NOSE,
  /** Quick hands (手要快). */
  QUICK_HANDS,
  /** A supple waist (腰要软). */
  SOFT_WAIST,
  /** Thick skin (皮要厚). */
  THICK_SKIN;

  @Override
  public String code() {
    return name();
  }
}
