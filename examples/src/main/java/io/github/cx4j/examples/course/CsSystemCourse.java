/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.course;

import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.CsLayer;
import io.github.cx4j.core.concept.CsLayerPart;
import io.github.cx4j.core.concept.VhsStructureModel;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Course chapter 2, the CS system (course file "CS Theory and Keeping Customers", parts "(二) CS的构成"
 * and "二、CS系统工程"): MS, BS and VHS with their roles and parts, and the three structure models of
 * VHS.
 */
public final class CsSystemCourse extends CourseChapter {

  /** For {@link java.util.ServiceLoader}. */
  public CsSystemCourse() {}

  @Override
  public int order() {
    return 200;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("The CS system: MS, BS and VHS", "CS 系统工程：理念满意、行为满意、视听满意");
  }

  @Override
  public CourseFile course() {
    return CourseFile.CS_THEORY;
  }

  @Override
  public List<String> objectives(Tour tour) {
    return List.of(
        tour.text("Name the three layers of CS and the role of each.", "说出 CS 的三个层次及各自的作用。"),
        tour.text("Name the three parts of each layer.", "说出每个层次的三项内容。"),
        tour.text("Tell the three structure models of VHS apart.", "区分视听满意的三种结构模式。"));
  }

  @Override
  protected void body(Tour tour) {
    for (CsLayer layer : CsLayer.values()) {
      tour.heading(label(tour, layer), label(tour, layer));
      tour.println(layer.role(tour.locale()));
      concepts(tour, CsLayerPart.of(layer));
    }
    group(tour, VhsStructureModel.class);
  }

  /** The layer with the lowest score. */
  static CsLayer weakest(Map<CsLayer, Double> scores) {
    CsLayer weakest = CsLayer.MIND_SATISFACTION;
    double least = Double.POSITIVE_INFINITY;
    for (Map.Entry<CsLayer, Double> e : scores.entrySet()) {
      if (e.getValue() < least) {
        least = e.getValue();
        weakest = e.getKey();
      }
    }
    return weakest;
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    CsLayer core = CsLayer.MIND_SATISFACTION;
    for (CsLayer layer : CsLayer.values()) {
      if (layer.role(Locale.CHINESE).contains("操作重心")) {
        core = layer;
      }
    }
    Map<CsLayer, Double> scores = new EnumMap<>(CsLayer.class);
    scores.put(CsLayer.MIND_SATISFACTION, 80.0);
    scores.put(CsLayer.BEHAVIOUR_SATISFACTION, 55.0);
    scores.put(CsLayer.VISUAL_HEARING_SATISFACTION, 70.0);
    CsLayer weakest = weakest(scores);
    return List.of(
        new Exercise(
            tour.text(
                "Which layer is the operational core of a CS strategy?", "哪一个层次是 CS 战略的操作重心？"),
            label(tour, core) + tour.text(": ", "：") + core.role(tour.locale())),
        new Exercise(
            tour.text(
                "An audit scores MS 80, BS 55 and VHS 70 out of 100. Which layer comes first, and"
                    + " what are its three parts?",
                "一次审计的得分是：理念满意 80，行为满意 55，视听满意 70（满分 100）。应先改进哪一层？它包括哪三项内容？"),
            label(tour, weakest)
                + tour.text(": ", "：")
                + labels(tour, CsLayerPart.of(weakest))
                + tour.text(".", "。")),
        new Exercise(
            tour.text(
                "A company puts one name and one logo on all its products. Which VHS structure"
                    + " model is that?",
                "一家企业所有产品都用同一个名称、同一个标志。这是视听满意的哪一种结构模式？"),
            label(tour, VhsStructureModel.UNIFIED)
                + tour.text(": ", "：")
                + VhsStructureModel.UNIFIED.description(tour.locale())));
  }
}
