/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.List;

/**
 * All-staff service, course file "All-Staff Service" (【客户服务】全员服务): its definition, its ultimate
 * goal and its two landings ("两个落地"). {@link #landings()} are the two checks of whether the idea
 * has landed.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum AllStaffService implements Labelled {
  /** All-staff service (全员服务). */
  DEFINITION(false),
  /** The ultimate goal of all-staff service (全员服务的终极目标). */
  ULTIMATE_GOAL(false),
  /** Help the customer even when there is no money in it (即使没钱赚，也要帮客户解决问题). */
  HELP_WITHOUT_PROFIT(false),
  /** First landing: create the company's service department (一是创建公司的服务部门). */
  SERVICE_DEPARTMENT(true),
  /**
   * Second landing: the service department is paid the most of equal posts and grades
   * (二是服务部门的薪酬是公司内同岗同级别最高).
   */
  TOP_PAY_FOR_SERVICE(true);

  private final boolean landing;

  AllStaffService(boolean landing) {
    this.landing = landing;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * Whether this item is one of the two landings ("两个落地") that show the idea has landed.
   *
   * @return true for {@link #SERVICE_DEPARTMENT} and {@link #TOP_PAY_FOR_SERVICE}
   */
  public boolean isLanding() {
    return landing;
  }

  /**
   * The two landings, in the course's order.
   *
   * @return the service department and its pay
   */
  public static List<AllStaffService> landings() {
    return List.of(SERVICE_DEPARTMENT, TOP_PAY_FOR_SERVICE);
  }

  /**
   * Checks the two landings of a company: how many of them it has.
   *
   * @param hasServiceDepartment whether the company has a service department
   * @param serviceDepartmentPaidHighest whether that department is paid the most of equal posts and
   *     grades
   * @return the landings that are missing, in the course's order; empty when the idea has landed
   */
  public static List<AllStaffService> missingLandings(
      boolean hasServiceDepartment, boolean serviceDepartmentPaidHighest) {
    List<AllStaffService> missing = new ArrayList<>();
    if (!hasServiceDepartment) {
      missing.add(SERVICE_DEPARTMENT);
    }
    if (!serviceDepartmentPaidHighest) {
      missing.add(TOP_PAY_FOR_SERVICE);
    }
    return List.copyOf(missing);
  }
}
