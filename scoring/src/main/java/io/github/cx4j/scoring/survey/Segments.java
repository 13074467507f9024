/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The same measure per group: by a key (segment, region, product) or by calendar period (week,
 * month, quarter in a given zone). Each group's result carries its own intervals; compare two
 * groups with the measure's test ({@link Nps#compare}, {@link Csat#compare}, {@link Ces#compare}).
 *
 * <p>Example: {@code Segments.bySegment(responses, Nps.collector())} and {@code
 * Segments.byPeriod(responses, CalendarPeriod.MONTH, ZoneId.of("Asia/Shanghai"), Nps.collector())}.
 */
public final class Segments {
  private Segments() {}

  /**
   * A measure per key, keys in natural order.
   *
   * @param items the items
   * @param key the grouping key of an item
   * @param measure the measure's collector
   * @param <T> item type
   * @param <K> key type
   * @param <R> result type
   * @return key to result
   */
  public static <T, K extends Comparable<K>, R> SortedMap<K, R> byKey(
      Collection<T> items, Function<? super T, K> key, Collector<? super T, ?, R> measure) {
    return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, measure));
  }

  /**
   * A measure per segment of survey responses.
   *
   * @param responses responses, each with a segment
   * @param measure the measure's collector
   * @param <R> result type
   * @return segment to result
   * @throws CxValidationException if a response has no segment
   */
  public static <R> SortedMap<String, R> bySegment(
      Collection<SurveyResponse> responses, Collector<SurveyResponse, ?, R> measure) {
    return byKey(
        responses,
        r ->
            r.segment()
                .orElseThrow(
                    () ->
                        CxValidationException.of(
                            "Segments.segment", "be present on every response", r)),
        measure);
  }

  /**
   * A measure per calendar period.
   *
   * @param items the items
   * @param time the moment of an item
   * @param period week, month or quarter
   * @param zone the zone whose calendar defines the periods
   * @param measure the measure's collector
   * @param <T> item type
   * @param <R> result type
   * @return period to result, in time order
   */
  public static <T, R> SortedMap<PeriodKey, R> byPeriod(
      Collection<T> items,
      Function<? super T, Instant> time,
      CalendarPeriod period,
      ZoneId zone,
      Collector<? super T, ?, R> measure) {
    return byKey(items, t -> new PeriodKey(period, period.start(time.apply(t), zone)), measure);
  }

  /**
   * A measure of survey responses per calendar period of their answer time.
   *
   * @param responses responses, each with an answer time
   * @param period week, month or quarter
   * @param zone the zone whose calendar defines the periods
   * @param measure the measure's collector
   * @param <R> result type
   * @return period to result, in time order
   * @throws CxValidationException if a response has no answer time
   */
  public static <R> SortedMap<PeriodKey, R> byPeriod(
      Collection<SurveyResponse> responses,
      CalendarPeriod period,
      ZoneId zone,
      Collector<SurveyResponse, ?, R> measure) {
    return byPeriod(
        responses,
        r ->
            r.answeredAt()
                .orElseThrow(
                    () ->
                        CxValidationException.of(
                            "Segments.answeredAt", "be present on every response", r)),
        period,
        zone,
        measure);
  }
}
