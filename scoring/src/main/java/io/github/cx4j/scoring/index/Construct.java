/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A construct (latent variable) of a PLS path model: its name, its measurement mode and the names
 * of its indicator columns, in the JSON form {@code
 * {"name":"IMAG","mode":"A","indicators":["imag1", "imag2"]}}.
 */
@Value.Immutable
@JsonPropertyOrder({"name", "mode", "indicators"})
@JsonSerialize(as = ImmutableConstruct.class)
@JsonDeserialize(as = ImmutableConstruct.class)
public abstract class Construct {

  /**
   * The construct's name, unique in its model, for example {@code "SAT"}.
   *
   * @return the name, not blank
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The measurement mode.
   *
   * @return {@link Mode#A} unless set
   */
  @JsonProperty("mode")
  @Value.Default
  public Mode mode() {
    return Mode.A;
  }

  /**
   * The indicator (item) column names, in order.
   *
   * @return at least one distinct, non-blank name
   */
  @JsonProperty("indicators")
  public abstract List<String> indicators();

  /**
   * A construct.
   *
   * @param name its name
   * @param mode its measurement mode
   * @param indicators its indicator column names
   * @return the construct
   * @throws CxValidationException if the name is blank or the indicators are empty, blank or
   *     repeated
   */
  public static Construct of(String name, Mode mode, List<String> indicators) {
    return builder().name(name).mode(mode).indicators(indicators).build();
  }

  /**
   * A mode-A construct with indicators {@code prefix1 .. prefixK}.
   *
   * @param name its name
   * @param prefix the indicator prefix, for example {@code "sat"}
   * @param count the number of indicators
   * @return the construct
   */
  static Construct items(String name, String prefix, int count) {
    Builder builder = builder().name(name);
    for (int i = 1; i <= count; i++) {
      builder.addIndicator(prefix + i);
    }
    return builder.build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Construct}. */
  public static final class Builder extends ImmutableConstruct.Builder {}

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw CxValidationException.of("Construct.name", "not be blank", name());
    }
    if (indicators().isEmpty()) {
      throw CxValidationException.of(
          "Construct.indicators", "name at least one indicator of " + name(), indicators());
    }
    Set<String> seen = new HashSet<>();
    for (String indicator : indicators()) {
      if (indicator.isBlank()) {
        throw CxValidationException.of(
            "Construct.indicators", "not contain a blank name in " + name(), indicators());
      }
      if (!seen.add(indicator)) {
        throw CxValidationException.of(
            "Construct.indicators", "not repeat " + indicator + " in " + name(), indicators());
      }
    }
  }
}
