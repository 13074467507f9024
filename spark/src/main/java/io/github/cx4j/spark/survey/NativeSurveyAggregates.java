/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.Coalesce;
import org.apache.spark.sql.catalyst.expressions.CreateArray;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GreaterThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNotNull;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.LessThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.Not;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateFunction;
import org.apache.spark.sql.catalyst.expressions.aggregate.Complete$;
import org.apache.spark.sql.catalyst.expressions.aggregate.Count;
import org.apache.spark.sql.catalyst.expressions.aggregate.Min;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.catalyst.plans.logical.Aggregate;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.rules.Rule;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.execution.aggregate.ComplexTypedAggregateExpression;
import org.apache.spark.sql.execution.aggregate.ScalaAggregator;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.ObjectType;
import org.jspecify.annotations.Nullable;
import scala.Function1;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractPartialFunction;

/**
 * An optimizer rule that plans cx4j's NPS, CSAT and CES aggregators as Spark's own aggregates. A
 * typed {@code Aggregator} runs in {@code ObjectHashAggregate} (its buffer is an object), which
 * deserialises every input and falls back to sorting after {@code
 * spark.sql.objectHashAggregate.sortBased.fallbackThreshold} groups per task; this rule replaces
 * each such aggregate, used as a typed column ({@code aggregator.toColumn()}) or through {@code
 * functions.udaf} and SQL, by one native {@code count} per scale point plus the unanswered and
 * off-scale counts and the smallest off-scale answer, finished per group by the aggregator's own
 * rule. The plan becomes Spark's {@code HashAggregate} with generated code, and the result is the
 * same struct with the same numbers.
 *
 * <p>Policies are kept: under {@code REJECT_INVALID} and {@code REJECT} an off-scale answer fails
 * the job with the library's message ({@code Nps.score must be within 0..10, was 11}); with several
 * different off-scale answers the message names the smallest (the typed path names whichever its
 * task met first). Under {@code REJECT} an unanswered row fails the job the same way. As in Spark's
 * own typed-column path, a typed column ({@code toColumn()}) does not see null inputs at all (they
 * are neither unanswered nor rejected); {@code functions.udaf} and SQL count them as unanswered.
 * Aggregates the rule does not recognise (another input shape, {@code DISTINCT}, {@code FILTER})
 * are left alone and run as before.
 *
 * <p>{@link io.github.cx4j.spark.CxSpark#register} adds it to a session; {@code
 * io.github.cx4j.spark.CxSparkExtensions} adds it through {@code spark.sql.extensions}. Setting
 * {@value #ENABLED} to {@code false} in a session switches it off for the queries planned after.
 */
public final class NativeSurveyAggregates extends Rule<LogicalPlan> {
  /** The session setting that switches the rule off when {@code false}. */
  public static final String ENABLED = "cx4j.spark.nativeAggregates";

  private final SparkSession session;

  /**
   * The rule for a session.
   *
   * @param session the session whose {@value #ENABLED} setting is read
   */
  public NativeSurveyAggregates(SparkSession session) {
    this.session = session;
  }

  @Override
  public LogicalPlan apply(LogicalPlan plan) {
    if (!Boolean.parseBoolean(session.conf().get(ENABLED, "true"))) {
      return plan;
    }
    return plan.transformUp(new Plans());
  }

  /**
   * The finishing step of a rewritten aggregate, called by generated code once per group.
   *
   * @param aggregator the histogram aggregator
   * @param counts the counts per scale point
   * @param missing the unanswered count
   * @param invalid the off-scale count
   * @param bad the smallest off-scale answer (0 when there is none)
   * @return the aggregator's result row
   */
  public static InternalRow finish(
      Object aggregator, ArrayData counts, long missing, long invalid, int bad) {
    return ((HistogramAggregator<?>) aggregator)
        .finishCounts(counts.toLongArray(), missing, invalid, bad);
  }

  /** The aggregate expressions of an {@link Aggregate}, rewritten where recognised. */
  private static final class Plans extends AbstractPartialFunction<LogicalPlan, LogicalPlan> {
    @Override
    public boolean isDefinedAt(LogicalPlan p) {
      return p instanceof Aggregate;
    }

    @Override
    public <A1 extends LogicalPlan, B1> B1 applyOrElse(A1 p, Function1<A1, B1> otherwise) {
      if (p instanceof Aggregate a) {
        @SuppressWarnings("unchecked")
        B1 out = (B1) a.transformExpressions(new Expressions());
        return out;
      }
      return otherwise.apply(p);
    }
  }

  private static final class Expressions extends AbstractPartialFunction<Expression, Expression> {
    @Override
    public boolean isDefinedAt(Expression e) {
      return rewrite(e) != null;
    }

    @Override
    public <A1 extends Expression, B1> B1 applyOrElse(A1 e, Function1<A1, B1> otherwise) {
      Expression r = rewrite(e);
      if (r == null) {
        return otherwise.apply(e);
      }
      @SuppressWarnings("unchecked")
      B1 out = (B1) r;
      return out;
    }
  }

  /** The native form of a recognised aggregate, or null. */
  static @Nullable Expression rewrite(Expression e) {
    if (!(e instanceof AggregateExpression ae) || ae.isDistinct() || ae.filter().isDefined()) {
      return null;
    }
    AggregateFunction fn = ae.aggregateFunction();
    Aggregator<?, ?, ?> agg;
    Expression input;
    // the typed column's path never hands a null input to reduce: there nulls are not counted
    boolean countsNulls = true;
    if (fn instanceof ScalaAggregator<?, ?, ?> sa && sa.children().size() == 1) {
      agg = sa.agg();
      input = sa.children().head();
    } else if (fn instanceof ComplexTypedAggregateExpression t
        && t.inputDeserializer().isDefined()) {
      agg = t.aggregator();
      input = TypedInput.of(t.inputDeserializer().get());
      countsNulls = false;
    } else {
      return null;
    }
    if (!(agg instanceof HistogramAggregator<?> h)
        || input == null
        || !DataTypes.IntegerType.equals(input.dataType())
        || !h.resultType().equals(ae.dataType())) {
      return null;
    }
    int lo = h.scale().min();
    int hi = h.scale().max();
    List<Expression> counts = new ArrayList<>();
    for (int v = lo; v <= hi; v++) {
      counts.add(countIf(new EqualTo(input, intLiteral(v))));
    }
    Expression inRange =
        new And(
            new GreaterThanOrEqual(input, intLiteral(lo)),
            new LessThanOrEqual(input, intLiteral(hi)));
    Expression off = new And(new IsNotNull(input), new Not(inRange));
    Expression bad =
        new Coalesce(
            seq(
                aggregate(new Min(new If(off, input, Literal.create(null, DataTypes.IntegerType)))),
                intLiteral(0)));
    return new StaticInvoke(
        NativeSurveyAggregates.class,
        ae.dataType(),
        "finish",
        seq(
            Literal.create(h, new ObjectType(Object.class)),
            new CreateArray(seq(counts.toArray(new Expression[0]))),
            countsNulls ? countIf(new IsNull(input)) : Literal.create(0L, DataTypes.LongType),
            countIf(off),
            bad),
        seq(),
        false,
        ae.nullable(),
        true,
        Option.empty());
  }

  private static Expression countIf(Expression condition) {
    return aggregate(
        new Count(
            seq(new If(condition, Literal.create(true, DataTypes.BooleanType), nullBoolean()))));
  }

  private static Literal nullBoolean() {
    return Literal.create(null, DataTypes.BooleanType);
  }

  private static Expression aggregate(AggregateFunction f) {
    return new AggregateExpression(
        f, Complete$.MODULE$, false, Option.empty(), NamedExpression.newExprId());
  }

  private static Literal intLiteral(int v) {
    return Literal.create(v, DataTypes.IntegerType);
  }

  @SafeVarargs
  private static <T> Seq<T> seq(T... values) {
    return CollectionConverters.asScala(List.of(values)).toSeq();
  }
}
