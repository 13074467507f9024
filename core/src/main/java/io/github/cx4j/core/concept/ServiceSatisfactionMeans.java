/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The five ways to raise service satisfaction of course file "Customer Satisfaction Management"
 * (项目四 客户满意管理), slide "如何提升服务满意" (任务三 服务满意管理).
 *
 * <p>The extracted text of the course file prints "企业文化" and "有效处理顾客投诉" next to this slide; they
 * belong to the slide "解决顾客投诉问题的对策" (the end of "围绕‘顾客完全满意’建设新的企业文化" and the heading of its second
 * branch) and live in {@link ComplaintCountermeasure}.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceSatisfactionMeans implements Labelled {
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
