/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The mirror of company, employee and customer, course file "CS Theory and Keeping Customers"
 * (CS理论与永远留住客户), slides 5 and 6 ("满意的员工能够创造顾客的满意", "企业/员工/顾客关系镜子"), echoed by course file
 * "All-Staff Service" (【客户服务】全员服务) ("你怎么对待你的员工，你的员工就怎样对待您的客户"). An ordered chain: how the company
 * treats its employees is reflected in how the employees treat the customers, and that in how the
 * customers treat the company; walk it with {@link ConceptFlow}.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum RelationMirror implements Labelled {
  /** The company treats its employees (企业对待员工). */
  COMPANY_TREATS_EMPLOYEES,
  /** The employees treat the customers (员工对待顾客). */
  EMPLOYEES_TREAT_CUSTOMERS,
  /** The customers treat the company (顾客对待企业). */
  CUSTOMERS_TREAT_COMPANY;

  @Override
  public String code() {
    return name();
  }
}
