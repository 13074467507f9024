/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.List;

/**
 * The two branches of the countermeasures to complaints, course file "Customer Satisfaction
 * Management" (项目四 客户满意管理), slide "解决顾客投诉问题的对策": reduce the occurrence of complaints, and handle
 * complaints effectively. {@link #countermeasures()} lists each branch's four {@link
 * ComplaintCountermeasure countermeasures}.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CountermeasureBranch implements Labelled {
  /** Reduce the occurrence of complaints (减少投诉的产生). */
  REDUCE_COMPLAINTS,
  /** Handle complaints effectively (有效处理顾客投诉). */
  HANDLE_EFFECTIVELY;

  @Override
  public String code() {
    return name();
  }

  /**
   * The branch's four countermeasures, in the course's order.
   *
   * @return the countermeasures
   */
  public List<ComplaintCountermeasure> countermeasures() {
    List<ComplaintCountermeasure> list = new ArrayList<>();
    for (ComplaintCountermeasure c : ComplaintCountermeasure.values()) {
      if (c.branch() == this) {
        list.add(c);
      }
    }
    return List.copyOf(list);
  }
}
