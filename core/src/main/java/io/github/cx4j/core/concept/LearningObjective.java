/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.List;

/**
 * The learning objectives the course states: the chapter objective of course file "Understanding
 * Customer Service" (全面认识客户服务, chapter 客户服务概述) (学习目标) and the knowledge and skill objectives of
 * course file "Customer Satisfaction Management" (项目四 客户满意管理) (知识目标, 技能目标). Each knows its {@link
 * #course() course file} and {@link #kind() kind}.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum LearningObjective implements Labelled {
  /** Know how companies compete in the traditional arenas (了解企业之间在传统领域的竞争状况). */
  KNOW_THE_COMPETITION(CourseFile.CUSTOMER_SERVICE, Kind.CHAPTER),
  /**
   * Know why customer service matters for the company's survival and growth (了解客户服务对企业生存发展的重要意义).
   */
  KNOW_WHY_SERVICE_MATTERS(CourseFile.CUSTOMER_SERVICE, Kind.CHAPTER),
  /**
   * Understand and master the meaning, features, goal and core of customer service
   * (理解和掌握客户服务的涵义、特征、目标和核心).
   */
  MASTER_WHAT_SERVICE_IS(CourseFile.CUSTOMER_SERVICE, Kind.CHAPTER),
  /** Firmly hold the right idea of customer service (牢固树立起正确的客户服务理念). */
  HOLD_THE_RIGHT_IDEA(CourseFile.CUSTOMER_SERVICE, Kind.CHAPTER),
  /**
   * Master the basic concepts of customer satisfaction and satisfaction degree (掌握客户满意与客户满意度的基本概念).
   */
  MASTER_SATISFACTION_CONCEPTS(CourseFile.SATISFACTION_MANAGEMENT, Kind.KNOWLEDGE),
  /** Know what customer satisfaction means for the company (了解客户满意对于企业的意义). */
  KNOW_WHAT_SATISFACTION_MEANS(CourseFile.SATISFACTION_MANAGEMENT, Kind.KNOWLEDGE),
  /** Know the factors that influence customer satisfaction (了解影响客户满意的因素). */
  KNOW_THE_FACTORS(CourseFile.SATISFACTION_MANAGEMENT, Kind.KNOWLEDGE),
  /** Master how to handle customers' dissatisfaction (掌握如何处理客户的不满). */
  MASTER_HANDLING_DISSATISFACTION(CourseFile.SATISFACTION_MANAGEMENT, Kind.KNOWLEDGE),
  /** Master how to respond to customers' complaints (掌握如何应对客户的投诉). */
  MASTER_RESPONDING_TO_COMPLAINTS(CourseFile.SATISFACTION_MANAGEMENT, Kind.KNOWLEDGE),
  /** Be able to analyse how satisfied customers are (能够分析客户的满意程度). */
  ANALYSE_SATISFACTION(CourseFile.SATISFACTION_MANAGEMENT, Kind.SKILL),
  /** Be able to respond to complaints skilfully and deal with them in time (能够熟练应对客户的投诉并及时处理). */
  HANDLE_COMPLAINTS(CourseFile.SATISFACTION_MANAGEMENT, Kind.SKILL);

  /** The kind of an objective, as the course files name them. */
  public enum Kind {
    /** A chapter's learning objective (学习目标). */
    CHAPTER,
    /** A knowledge objective (知识目标). */
    KNOWLEDGE,
    /** A skill objective (技能目标). */
    SKILL
  }

  private final CourseFile course;
  private final Kind kind;

  LearningObjective(CourseFile course, Kind kind) {
    this.course = course;
    this.kind = kind;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The course file that states the objective.
   *
   * @return the file
   */
  public CourseFile course() {
    return course;
  }

  /**
   * The kind of the objective.
   *
   * @return chapter, knowledge or skill
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The objectives of one course file, in the file's order.
   *
   * @param course the course file
   * @return its objectives, empty for the files that state none
   */
  public static List<LearningObjective> of(CourseFile course) {
    List<LearningObjective> list = new ArrayList<>();
    for (LearningObjective o : values()) {
      if (o.course == course) {
        list.add(o);
      }
    }
    return List.copyOf(list);
  }
}
