/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A PLS path model as a value: constructs with their measurement mode and indicators (the outer or
 * measurement model) and directed paths between constructs (the inner or structural model).
 *
 * <p>JSON: {@code {"constructs":[{"name":"IMAG","mode":"A","indicators":["imag1","imag2"]}, ...],
 * "paths":[["IMAG","EXPE"], ...]}}. A model checks itself when built: construct names and indicator
 * names are unique, every construct has at least one indicator and takes part in at least one path,
 * every path joins two different known constructs, and the paths form no cycle. That the indicators
 * are present in the data is checked by {@link #requireColumns(Collection)} and by {@link Pls#fit}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePathModel.class)
@JsonDeserialize(as = ImmutablePathModel.class)
public abstract class PathModel {

  /**
   * The constructs, in the order results list them.
   *
   * @return at least one construct
   */
  @JsonProperty("constructs")
  public abstract List<Construct> constructs();

  /**
   * The inner paths, each a pair {@code [from, to]} of construct names.
   *
   * @return the directed paths
   */
  @JsonProperty("paths")
  public abstract List<List<String>> paths();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PathModel}. */
  public static final class Builder extends ImmutablePathModel.Builder {
    /**
     * Adds the path {@code from -> to}.
     *
     * @param from the predecessor construct
     * @param to the successor construct
     * @return this builder
     */
    public Builder path(String from, String to) {
      addPath(List.of(from, to));
      return this;
    }
  }

  /**
   * The American Customer Satisfaction Index model (Fornell, Johnson, Anderson, Cha and Bryant
   * 1996): expectations {@code EXPE} (expe1-3: overall, customisation, reliability), perceived
   * quality {@code QUAL} (qual1-3: overall, customisation, reliability), perceived value {@code
   * VAL} (val1-2: price given quality, quality given price), satisfaction {@code SAT} (sat1-3:
   * overall, confirmation of expectations, distance to the ideal), complaints {@code COMP} (comp1)
   * and loyalty {@code LOY} (loy1-2: repurchase likelihood, price tolerance). Paths: EXPE -> QUAL,
   * VAL, SAT; QUAL -> VAL, SAT; VAL -> SAT; SAT -> COMP, LOY; COMP -> LOY. All blocks mode A.
   *
   * @return the ACSI model
   */
  public static PathModel acsi() {
    return builder()
        .addConstruct(Construct.items("EXPE", "expe", 3))
        .addConstruct(Construct.items("QUAL", "qual", 3))
        .addConstruct(Construct.items("VAL", "val", 2))
        .addConstruct(Construct.items("SAT", "sat", 3))
        .addConstruct(Construct.items("COMP", "comp", 1))
        .addConstruct(Construct.items("LOY", "loy", 2))
        .path("EXPE", "QUAL")
        .path("EXPE", "VAL")
        .path("EXPE", "SAT")
        .path("QUAL", "VAL")
        .path("QUAL", "SAT")
        .path("VAL", "SAT")
        .path("SAT", "COMP")
        .path("SAT", "LOY")
        .path("COMP", "LOY")
        .build();
  }

  /**
   * The European Customer Satisfaction Index model as estimated by Tenenhaus, Esposito Vinzi,
   * Chatelin and Lauro (2005) on the mobile-phone survey: the ACSI model plus image {@code IMAG}
   * (imag1-5) with paths IMAG -> EXPE, SAT, LOY; expectations expe1-3, quality qual1-7, value
   * val1-2, satisfaction sat1-3, complaints comp1, loyalty loy1-3. All blocks mode A.
   *
   * @return the ECSI model
   */
  public static PathModel ecsi() {
    return builder()
        .addConstruct(Construct.items("IMAG", "imag", 5))
        .addConstruct(Construct.items("EXPE", "expe", 3))
        .addConstruct(Construct.items("QUAL", "qual", 7))
        .addConstruct(Construct.items("VAL", "val", 2))
        .addConstruct(Construct.items("SAT", "sat", 3))
        .addConstruct(Construct.items("COMP", "comp", 1))
        .addConstruct(Construct.items("LOY", "loy", 3))
        .path("IMAG", "EXPE")
        .path("IMAG", "SAT")
        .path("IMAG", "LOY")
        .path("EXPE", "QUAL")
        .path("EXPE", "VAL")
        .path("EXPE", "SAT")
        .path("QUAL", "VAL")
        .path("QUAL", "SAT")
        .path("VAL", "SAT")
        .path("SAT", "COMP")
        .path("SAT", "LOY")
        .path("COMP", "LOY")
        .build();
  }

  /**
   * Reads a model from its JSON form.
   *
   * @param json the JSON text
   * @return the model
   * @throws CxValidationException if the JSON is malformed (the message names the property) or the
   *     model breaks a rule
   */
  public static PathModel fromJson(String json) {
    try {
      return MAPPER.readValue(json, PathModel.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CxValidationException) {
        throw (CxValidationException) cause;
      }
      throw CxValidationException.withMessage(
          "PathModel.json", "PathModel.json must be a valid model: " + e.getOriginalMessage());
    }
  }

  /**
   * Writes the model in its JSON form.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a PathModel is always serialisable", e);
    }
  }

  private static final ObjectMapper MAPPER = CxJson.mapper();

  /**
   * The construct names, in model order.
   *
   * @return the names
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (Construct c : constructs()) {
      names.add(c.name());
    }
    return names;
  }

  /**
   * The construct of a name.
   *
   * @param name a construct name
   * @return the construct, if the model has it
   */
  public Optional<Construct> construct(String name) {
    for (Construct c : constructs()) {
      if (c.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Every indicator of the model, block by block in model order.
   *
   * @return the indicator names
   */
  public List<String> indicators() {
    List<String> all = new ArrayList<>();
    for (Construct c : constructs()) {
      all.addAll(c.indicators());
    }
    return all;
  }

  /**
   * The direct predecessors of a construct, in path order.
   *
   * @param name a construct name
   * @return the constructs with a path to it
   */
  public List<String> predecessors(String name) {
    List<String> from = new ArrayList<>();
    for (List<String> p : paths()) {
      if (p.get(1).equals(name)) {
        from.add(p.get(0));
      }
    }
    return from;
  }

  /**
   * The same model with the named constructs measured in the given mode.
   *
   * @param names construct names
   * @param mode the mode
   * @return the changed model
   * @throws CxValidationException if a name is not a construct of the model
   */
  public PathModel withMode(Collection<String> names, Mode mode) {
    Set<String> known = new HashSet<>(names());
    for (String name : names) {
      if (!known.contains(name)) {
        throw CxValidationException.of("PathModel.constructs", "contain " + name, names());
      }
    }
    List<Construct> changed = new ArrayList<>();
    for (Construct c : constructs()) {
      changed.add(names.contains(c.name()) ? Construct.of(c.name(), mode, c.indicators()) : c);
    }
    return builder().constructs(changed).paths(paths()).build();
  }

  /**
   * Checks that the data have every indicator of the model.
   *
   * @param columns the data's column names
   * @throws CxValidationException naming every missing indicator
   */
  public void requireColumns(Collection<String> columns) {
    Set<String> have = new HashSet<>(columns);
    List<String> missing = new ArrayList<>();
    for (String indicator : indicators()) {
      if (!have.contains(indicator)) {
        missing.add(indicator);
      }
    }
    if (!missing.isEmpty()) {
      throw CxValidationException.of(
          "PathModel.indicators", "be present in the data, missing", missing);
    }
  }

  /**
   * The construct indices in an order where every path goes forward.
   *
   * @return a topological order of the construct indices
   */
  int[] topologicalOrder() {
    List<String> names = names();
    int k = names.size();
    int[] indegree = new int[k];
    for (List<String> p : paths()) {
      indegree[names.indexOf(p.get(1))]++;
    }
    int[] order = new int[k];
    int filled = 0;
    boolean[] done = new boolean[k];
    while (filled < k) {
      int next = -1;
      for (int j = 0; j < k; j++) {
        if (!done[j] && indegree[j] == 0) {
          next = j;
          break;
        }
      }
      if (next < 0) {
        return new int[0];
      }
      done[next] = true;
      order[filled++] = next;
      for (List<String> p : paths()) {
        if (p.get(0).equals(names.get(next))) {
          indegree[names.indexOf(p.get(1))]--;
        }
      }
    }
    return order;
  }

  @Value.Check
  void check() {
    if (constructs().isEmpty()) {
      throw CxValidationException.of("PathModel.constructs", "not be empty", constructs());
    }
    Map<String, String> owner = new HashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (Construct c : constructs()) {
      if (!names.add(c.name())) {
        throw CxValidationException.of("PathModel.constructs", "have unique names", c.name());
      }
    }
    for (Construct c : constructs()) {
      for (String indicator : c.indicators()) {
        String previous = owner.put(indicator, c.name());
        if (previous != null) {
          throw CxValidationException.of(
              "PathModel.indicators",
              "belong to one construct only, but " + previous + " and " + c.name() + " share",
              indicator);
        }
      }
    }
    Set<String> connected = new HashSet<>();
    Set<List<String>> seen = new HashSet<>();
    for (List<String> p : paths()) {
      if (p.size() != 2) {
        throw CxValidationException.of("PathModel.paths", "be pairs [from, to]", p);
      }
      for (String end : p) {
        if (!names.contains(end)) {
          throw CxValidationException.of(
              "PathModel.paths", "join known constructs " + names + ", unknown " + end, p);
        }
      }
      if (p.get(0).equals(p.get(1))) {
        throw CxValidationException.of("PathModel.paths", "join two different constructs", p);
      }
      if (!seen.add(p) || seen.contains(List.of(p.get(1), p.get(0)))) {
        throw CxValidationException.of("PathModel.paths", "join two constructs only once", p);
      }
      connected.addAll(p);
    }
    for (String name : names) {
      if (!connected.contains(name)) {
        throw CxValidationException.of(
            "PathModel.paths", "connect every construct, not connected", name);
      }
    }
    if (topologicalOrder().length == 0) {
      throw CxValidationException.of("PathModel.paths", "form no cycle", paths());
    }
  }
}
