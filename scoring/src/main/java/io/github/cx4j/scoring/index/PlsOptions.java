/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Options of a PLS estimation. Defaults: the path weighting scheme, tolerance 1e-7 on the largest
 * change of an outer weight, at most 300 iterations, ordinary (not consistent) PLS, listwise
 * deletion with no missing code besides empty cells and NaN, and an index scale taken from the
 * observed range of each block's items.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlsOptions.class)
@JsonDeserialize(as = ImmutablePlsOptions.class)
public abstract class PlsOptions {

  /**
   * The inner weighting scheme.
   *
   * @return {@link InnerScheme#PATH} unless set
   */
  @Value.Default
  public InnerScheme scheme() {
    return InnerScheme.PATH;
  }

  /**
   * The stopping tolerance: iteration stops when no outer weight changes by this much or more.
   *
   * @return 1e-7 unless set; positive
   */
  @Value.Default
  public double tolerance() {
    return 1e-7;
  }

  /**
   * The largest number of iterations.
   *
   * @return 300 unless set; at least 1
   */
  @Value.Default
  public int maxIterations() {
    return 300;
  }

  /**
   * Whether to correct paths and loadings of mode-A constructs for measurement error: consistent
   * PLS (Dijkstra and Henseler 2015).
   *
   * @return false unless set
   */
  @Value.Default
  public boolean consistent() {
    return false;
  }

  /**
   * Whether the outer-weight iteration works on standardised indicators (the correlation matrix, as
   * SmartPLS, seminr and plspm's default {@code scaled = TRUE}) or on centred raw indicators (the
   * covariance matrix, plspm's {@code scaled = FALSE}). Either way the reported weights, loadings
   * and scores are on the standardised scale.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean scaled() {
    return true;
  }

  /**
   * The treatment of missing answers.
   *
   * @return {@link MissingPolicy#LISTWISE} unless set
   */
  @Value.Default
  public MissingPolicy missingPolicy() {
    return MissingPolicy.LISTWISE;
  }

  /**
   * A value that marks a missing answer, such as {@code -99}; NaN always does.
   *
   * @return the code, if declared
   */
  public abstract OptionalDouble missingCode();

  /**
   * The rating scale of the items for the 0-100 index; without it each construct's index uses the
   * lowest and highest answer observed in its block.
   *
   * @return the scale, if declared
   */
  public abstract Optional<RatingScale> scale();

  /**
   * The default options.
   *
   * @return path scheme, 1e-7, 300 iterations, listwise deletion
   */
  public static PlsOptions defaults() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlsOptions}. */
  public static final class Builder extends ImmutablePlsOptions.Builder {}

  @Value.Check
  void check() {
    if (!(tolerance() > 0) || !Double.isFinite(tolerance())) {
      throw CxValidationException.of("PlsOptions.tolerance", "be positive and finite", tolerance());
    }
    if (maxIterations() < 1) {
      throw CxValidationException.of("PlsOptions.maxIterations", "be at least 1", maxIterations());
    }
    if (missingCode().isPresent() && !Double.isFinite(missingCode().getAsDouble())) {
      throw CxValidationException.of(
          "PlsOptions.missingCode", "be finite", missingCode().getAsDouble());
    }
  }
}
