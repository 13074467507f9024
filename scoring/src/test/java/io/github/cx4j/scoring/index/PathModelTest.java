/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PathModelTest {

  @Test
  void jsonHasTheDocumentedFormAndRoundTrips() {
    String json =
        "{\"constructs\":[{\"name\":\"IMAG\",\"mode\":\"A\",\"indicators\":[\"imag1\",\"imag2\"]},"
            + "{\"name\":\"EXPE\",\"mode\":\"B\",\"indicators\":[\"expe1\"]}],"
            + "\"paths\":[[\"IMAG\",\"EXPE\"]]}";
    PathModel model = PathModel.fromJson(json);
    assertEquals(List.of("IMAG", "EXPE"), model.names());
    assertEquals(Mode.B, model.construct("EXPE").orElseThrow().mode());
    assertEquals(List.of(List.of("IMAG", "EXPE")), model.paths());
    assertEquals(json, model.toJson());
    assertEquals(model, PathModel.fromJson(model.toJson()));
  }

  @Test
  void modeDefaultsToA() {
    PathModel model =
        PathModel.fromJson(
            "{\"constructs\":[{\"name\":\"X\",\"indicators\":[\"x\"]},"
                + "{\"name\":\"Y\",\"indicators\":[\"y\"]}],\"paths\":[[\"X\",\"Y\"]]}");
    assertEquals(Mode.A, model.constructs().get(0).mode());
  }

  @Test
  void presetsHaveTheCustomaryStructure() {
    PathModel acsi = PathModel.acsi();
    assertEquals(List.of("EXPE", "QUAL", "VAL", "SAT", "COMP", "LOY"), acsi.names());
    assertEquals(9, acsi.paths().size());
    assertEquals(List.of("SAT", "COMP"), acsi.predecessors("LOY"));
    assertEquals(14, acsi.indicators().size());
    PathModel ecsi = PathModel.ecsi();
    assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL", "SAT", "COMP", "LOY"), ecsi.names());
    assertEquals(12, ecsi.paths().size());
    assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL"), ecsi.predecessors("SAT"));
    assertEquals(24, ecsi.indicators().size());
    assertEquals(ecsi, PathModel.fromJson(ecsi.toJson()));
  }

  @Test
  void withModeChangesOnlyTheNamedConstructs() {
    PathModel model = PathModel.ecsi().withMode(List.of("IMAG", "VAL"), Mode.B);
    assertEquals(Mode.B, model.construct("IMAG").orElseThrow().mode());
    assertEquals(Mode.A, model.construct("SAT").orElseThrow().mode());
    CxValidationException e =
        assertThrows(
            CxValidationException.class, () -> PathModel.acsi().withMode(List.of("IMAG"), Mode.B));
    assertEquals(
        "PathModel.constructs must contain IMAG, was [EXPE, QUAL, VAL, SAT, COMP, LOY]",
        e.getMessage());
  }

  @Test
  void rejectsACycle() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> two().path("X", "Y").path("Y", "Z").path("Z", "X").build());
    assertEquals(
        "PathModel.paths must form no cycle, was [[X, Y], [Y, Z], [Z, X]]", e.getMessage());
  }

  @Test
  void rejectsUnknownConstructsSelfLoopsAndRepeats() {
    assertEquals(
        "PathModel.paths must join known constructs [X, Y, Z], unknown W, was [X, W]",
        assertThrows(CxValidationException.class, () -> two().path("X", "W").build()).getMessage());
    assertEquals(
        "PathModel.paths must join two different constructs, was [X, X]",
        assertThrows(CxValidationException.class, () -> two().path("X", "X").build()).getMessage());
    assertEquals(
        "PathModel.paths must join two constructs only once, was [Y, X]",
        assertThrows(
                CxValidationException.class,
                () -> two().path("X", "Y").path("Y", "X").path("Y", "Z").build())
            .getMessage());
    assertEquals(
        "PathModel.paths must be pairs [from, to], was [X]",
        assertThrows(CxValidationException.class, () -> two().addPath(List.of("X")).build())
            .getMessage());
  }

  @Test
  void everyConstructMustBeConnectedAndMeasured() {
    assertEquals(
        "PathModel.paths must connect every construct, not connected, was \"Z\"",
        assertThrows(CxValidationException.class, () -> two().path("X", "Y").build()).getMessage());
    assertEquals(
        "Construct.indicators must name at least one indicator of X, was []",
        assertThrows(CxValidationException.class, () -> Construct.builder().name("X").build())
            .getMessage());
    assertEquals(
        "Construct.indicators must not repeat a in X, was [a, a]",
        assertThrows(
                CxValidationException.class, () -> Construct.of("X", Mode.A, List.of("a", "a")))
            .getMessage());
    assertEquals(
        "Construct.name must not be blank, was \" \"",
        assertThrows(CxValidationException.class, () -> Construct.of(" ", Mode.A, List.of("a")))
            .getMessage());
    assertEquals(
        "Construct.indicators must not contain a blank name in X, was [a, ]",
        assertThrows(CxValidationException.class, () -> Construct.of("X", Mode.A, List.of("a", "")))
            .getMessage());
    assertEquals(
        "PathModel.constructs must not be empty, was []",
        assertThrows(CxValidationException.class, () -> PathModel.builder().build()).getMessage());
  }

  @Test
  void rejectsSharedIndicatorsAndRepeatedNames() {
    assertEquals(
        "PathModel.indicators must belong to one construct only, but X and Y share, was \"x\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    PathModel.builder()
                        .addConstruct(Construct.of("X", Mode.A, List.of("x")))
                        .addConstruct(Construct.of("Y", Mode.A, List.of("x")))
                        .path("X", "Y")
                        .build())
            .getMessage());
    assertEquals(
        "PathModel.constructs must have unique names, was \"X\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    PathModel.builder()
                        .addConstruct(Construct.of("X", Mode.A, List.of("x")))
                        .addConstruct(Construct.of("X", Mode.A, List.of("y")))
                        .build())
            .getMessage());
  }

  @Test
  void requireColumnsNamesEveryMissingIndicator() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> PathModel.acsi().requireColumns(List.of("expe1", "expe2", "expe3", "qual1")));
    assertEquals(
        "PathModel.indicators must be present in the data, missing, was [qual2, qual3, val1, val2,"
            + " sat1, sat2, sat3, comp1, loy1, loy2]",
        e.getMessage());
  }

  @Test
  void badJsonNamesTheProblem() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> PathModel.fromJson("{\"constructs\":[],\"pathz\":[]}"));
    assertEquals("PathModel.json", e.field());
    assertEquals(true, e.getMessage().contains("pathz"));
    CxValidationException invalid =
        assertThrows(
            CxValidationException.class,
            () ->
                PathModel.fromJson(
                    "{\"constructs\":[{\"name\":\"X\",\"indicators\":[\"x\"]}],\"paths\":[]}"));
    assertEquals(
        "PathModel.paths must connect every construct, not connected, was \"X\"",
        invalid.getMessage());
  }

  @Test
  void optionsRoundTripThroughJson() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = io.github.cx4j.core.CxJson.mapper();
    PlsOptions options =
        PlsOptions.builder()
            .scheme(InnerScheme.CENTROID)
            .consistent(true)
            .missingCode(-99)
            .missingPolicy(MissingPolicy.MEAN)
            .scale(io.github.cx4j.core.RatingScale.ONE_TO_TEN)
            .build();
    String json = mapper.writeValueAsString(options);
    assertEquals(options, mapper.readValue(json, PlsOptions.class));
    assertEquals(PlsOptions.defaults(), mapper.readValue("{}", PlsOptions.class));
    assertEquals(InnerScheme.PATH, PlsOptions.defaults().scheme());
    assertEquals(1e-7, PlsOptions.defaults().tolerance());
    assertEquals(300, PlsOptions.defaults().maxIterations());
  }

  @Test
  void labelsAreBilingual() {
    assertEquals("Mode A (reflective)", Mode.A.label(Locale.ENGLISH));
    assertEquals("路径加权法", InnerScheme.PATH.label(Locale.CHINESE));
    assertEquals("Mean replacement (均值替换)", MissingPolicy.MEAN.bilingualLabel());
    for (Mode m : Mode.values()) {
      assertEquals(false, m.description(Locale.CHINESE).isEmpty());
    }
    for (InnerScheme s : InnerScheme.values()) {
      assertEquals(false, s.description(Locale.ENGLISH).isEmpty());
    }
  }

  private static PathModel.Builder two() {
    return PathModel.builder()
        .addConstruct(Construct.of("X", Mode.A, List.of("x")))
        .addConstruct(Construct.of("Y", Mode.A, List.of("y")))
        .addConstruct(Construct.of("Z", Mode.A, List.of("z")));
  }
}
