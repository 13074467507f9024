/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * How to raise service satisfaction (course file "Customer Satisfaction Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceSatisfactionMeans implements Labelled {
  /** Corporate culture (企业文化). */
  CORPORATE_CULTURE,
  /** Handle complaints effectively (有效处理顾客投诉). */
  EFFECTIVE_COMPLAINT_HANDLING,
  /** Scientific standards (要有科学的标准). */
  SCIENTIFIC_STANDARDS,
  /** Make intangible service tangible (使无形服务有形化). */
  TANGIBLE_SERVICE,
  /** Self-service and automation (使服务自助化、自动化). */
  SELF_SERVICE,
  /** Transparent service process (对服务过程的透明). */
  TRANSPARENT_PROCESS,
  /** Service recovery (实施服务补救). */
  SERVICE_RECOVERY;

  @Override
  public String code() {
    return name();
  }
}
