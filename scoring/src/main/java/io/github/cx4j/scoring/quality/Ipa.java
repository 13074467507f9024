/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Importance-performance analysis (Martilla and James 1977, "Importance-performance analysis",
 * Journal of Marketing 41(1):77-79): each attribute's mean importance and mean performance place it
 * in a quadrant, with the crosshairs either at the means over attributes (data-centred) or at the
 * scale midpoint (scale-centred), as the caller chooses. A value on a crosshair counts as high.
 */
public final class Ipa {
  private Ipa() {}

  /** Where the crosshairs go. */
  public enum Crosshairs {
    /** At the mean importance and mean performance over the attributes. */
    MEANS,
    /** At the midpoint of the rating scale. */
    SCALE_MIDPOINT
  }

  /**
   * One attribute's mean importance and performance.
   *
   * @param name the attribute
   * @param importance its mean importance, on the scale
   * @param performance its mean performance, on the scale
   */
  public record Attribute(String name, double importance, double performance) {
    /**
     * Checks the values.
     *
     * @throws CxValidationException for a blank name or a non-finite value
     */
    public Attribute {
      if (name.isBlank()) {
        throw CxValidationException.of("Ipa.Attribute.name", "not be blank", name);
      }
      if (!Double.isFinite(importance) || !Double.isFinite(performance)) {
        throw CxValidationException.of(
            "Ipa.Attribute." + name,
            "have finite importance and performance",
            importance + "/" + performance);
      }
    }
  }

  /**
   * An attribute placed in its quadrant.
   *
   * @param attribute the attribute
   * @param quadrant its quadrant
   */
  public record Placement(Attribute attribute, IpaQuadrant quadrant) {}

  /**
   * The grid.
   *
   * @param importanceCrosshair where the importance axis is split
   * @param performanceCrosshair where the performance axis is split
   * @param placements the attributes in input order with their quadrants
   */
  public record Grid(
      double importanceCrosshair, double performanceCrosshair, List<Placement> placements) {
    /**
     * Copies the placements.
     *
     * @param importanceCrosshair the importance split
     * @param performanceCrosshair the performance split
     * @param placements the placements
     */
    public Grid {
      placements = List.copyOf(placements);
    }
  }

  /**
   * Places attributes in quadrants.
   *
   * @param attributes the attributes, at least one, names unique
   * @param scale the rating scale of importance and performance (values must lie on it)
   * @param crosshairs where the crosshairs go
   * @return the grid
   */
  public static Grid analyse(List<Attribute> attributes, RatingScale scale, Crosshairs crosshairs) {
    if (attributes.isEmpty()) {
      throw CxValidationException.of("Ipa.attributes", "hold at least one attribute", 0);
    }
    Set<String> names = new HashSet<>();
    for (Attribute a : attributes) {
      if (!names.add(a.name())) {
        throw CxValidationException.of("Ipa.attributes", "have unique names", a.name());
      }
      if (a.importance() < scale.min()
          || a.importance() > scale.max()
          || a.performance() < scale.min()
          || a.performance() > scale.max()) {
        throw CxValidationException.of(
            "Ipa.attributes." + a.name(),
            "lie within " + scale,
            a.importance() + "/" + a.performance());
      }
    }
    double ci;
    double cp;
    if (crosshairs == Crosshairs.MEANS) {
      ci = attributes.stream().mapToDouble(Attribute::importance).average().orElseThrow();
      cp = attributes.stream().mapToDouble(Attribute::performance).average().orElseThrow();
    } else {
      ci = scale.midpoint();
      cp = scale.midpoint();
    }
    List<Placement> out = new ArrayList<>();
    for (Attribute a : attributes) {
      boolean high = a.importance() >= ci;
      boolean good = a.performance() >= cp;
      IpaQuadrant q =
          high
              ? (good ? IpaQuadrant.KEEP_UP_THE_GOOD_WORK : IpaQuadrant.CONCENTRATE_HERE)
              : (good ? IpaQuadrant.POSSIBLE_OVERKILL : IpaQuadrant.LOW_PRIORITY);
      out.add(new Placement(a, q));
    }
    return new Grid(ci, cp, out);
  }
}
