/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import io.github.cx4j.core.concept.ComplaintPrinciple;
import java.util.List;

/**
 * Whether a case met one complaint-handling principle, with the reasons in English and Chinese.
 *
 * @param principle the principle (course file "Customer Relationship Management")
 * @param met whether every criterion was met
 * @param reasons one line per criterion checked, saying met or not and why (English)
 * @param reasonsZh the same in Chinese
 */
public record PrincipleFinding(
    ComplaintPrinciple principle, boolean met, List<String> reasons, List<String> reasonsZh) {

  /** Copies the lists. */
  public PrincipleFinding {
    reasons = List.copyOf(reasons);
    reasonsZh = List.copyOf(reasonsZh);
  }
}
