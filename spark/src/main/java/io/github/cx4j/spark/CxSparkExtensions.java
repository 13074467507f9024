/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark;

import io.github.cx4j.spark.survey.NativeSurveyAggregates;
import org.apache.spark.sql.SparkSessionExtensions;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Session extensions for {@code spark.sql.extensions=io.github.cx4j.spark.CxSparkExtensions}: adds
 * {@link NativeSurveyAggregates} to every session's optimizer, so the NPS, CSAT and CES aggregators
 * run as Spark's own hash aggregation without {@link CxSpark#register} (which also registers the
 * SQL functions).
 */
public final class CxSparkExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  /** Created by Spark from the setting. */
  public CxSparkExtensions() {}

  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    extensions.injectOptimizerRule(new Factory());
    return BoxedUnit.UNIT;
  }

  private static final class Factory
      extends AbstractFunction1<
          org.apache.spark.sql.SparkSession,
          org.apache.spark.sql.catalyst.rules.Rule<
              org.apache.spark.sql.catalyst.plans.logical.LogicalPlan>> {
    @Override
    public org.apache.spark.sql.catalyst.rules.Rule<
            org.apache.spark.sql.catalyst.plans.logical.LogicalPlan>
        apply(org.apache.spark.sql.SparkSession session) {
      return new NativeSurveyAggregates(session);
    }
  }
}
