/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON conventions of cx4j in one mapper: ISO-8601 times, {@code Optional} support, unknown
 * properties rejected, no default typing (polymorphic types name their subtypes explicitly), and
 * floating-point numbers that never become {@code NaN} silently.
 */
public final class CxJson {
  private static final ObjectMapper PROTOTYPE =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
          .build();

  private CxJson() {}

  /**
   * A new mapper configured with cx4j's conventions. Each call returns an independent copy, so a
   * caller may configure it further without affecting others.
   *
   * @return a configured {@link ObjectMapper}
   */
  public static ObjectMapper mapper() {
    return PROTOTYPE.copy();
  }

  /**
   * The shared read-only mapper for cx4j's own use; callers should use {@link #mapper()}.
   *
   * @return the prototype mapper, which must not be reconfigured
   */
  static ObjectMapper shared() {
    return PROTOTYPE;
  }
}
