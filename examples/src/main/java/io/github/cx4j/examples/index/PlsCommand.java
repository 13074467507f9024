/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.examples.cli.InvalidRows;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.examples.cli.ScaleOption;
import io.github.cx4j.scoring.index.BootstrapEstimate;
import io.github.cx4j.scoring.index.BootstrapFailure;
import io.github.cx4j.scoring.index.BootstrapResult;
import io.github.cx4j.scoring.index.ConstructQuality;
import io.github.cx4j.scoring.index.Effect;
import io.github.cx4j.scoring.index.Htmt;
import io.github.cx4j.scoring.index.IndexScore;
import io.github.cx4j.scoring.index.InnerScheme;
import io.github.cx4j.scoring.index.MissingPolicy;
import io.github.cx4j.scoring.index.Mode;
import io.github.cx4j.scoring.index.PathEstimate;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.Pls;
import io.github.cx4j.scoring.index.PlsOptions;
import io.github.cx4j.scoring.index.PlsResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j pls}: estimates a PLS path model (ACSI, ECSI or a model in JSON) on a CSV survey and
 * writes paths, R^2, weights, loadings, quality criteria, the 0-100 indices and, on request, the
 * bootstrap as one JSON object.
 */
@Command(
    name = "pls",
    mixinStandardHelpOptions = true,
    description = {
      "Estimates a satisfaction-index model by PLS path modelling (ACSI, ECSI or a JSON model).",
      "Writes paths, R^2, outer weights, loadings, quality criteria and 0-100 indices as JSON."
    })
public final class PlsCommand implements CxCommand {

  /** Output formats. */
  enum Format {
    json
  }

  /** Inner weighting schemes, as typed. */
  enum Scheme {
    centroid,
    factorial,
    path
  }

  /** Missing-value policies, as typed. */
  enum Policy {
    listwise,
    mean
  }

  @Mixin PlsSurvey survey = new PlsSurvey();

  @Option(
      names = "--scheme",
      defaultValue = "path",
      description = "Inner weighting scheme: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Scheme scheme = Scheme.path;

  @Option(
      names = "--mode-b",
      split = ",",
      description = "Constructs to estimate in mode B (formative), comma-separated.")
  List<String> modeB = new ArrayList<>();

  @Option(names = "--bootstrap", description = "Number of bootstrap resamples (0: none).")
  int bootstrap;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--missing",
      description =
          "Numeric code of a missing answer, for example -99 (empty cells and NA are"
              + " always missing).")
  Double missing;

  @Option(
      names = "--missing-policy",
      defaultValue = "listwise",
      description = "listwise deletion or mean replacement (default: ${DEFAULT-VALUE}).")
  Policy policy = Policy.listwise;

  @Option(names = "--consistent", description = "Consistent PLS (PLSc, Dijkstra & Henseler 2015).")
  boolean consistent;

  @Option(
      names = "--scale",
      description =
          "Item scale for the 0-100 index as MIN..MAX, for example 1..10 (default: the"
              + " observed range of each block).")
  String scale;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Mixin OutputOption output = new OutputOption();

  @Option(
      names = "--skip-invalid",
      description =
          "Skip invalid lines (answers off --scale, bad values, field counts) instead of"
              + " stopping; their count and the first "
              + InvalidRows.LISTED
              + " go to standard error.")
  boolean skipInvalid;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public PlsCommand() {}

  @Override
  public Integer call() {
    PathModel pathModel = survey.model();
    if (!modeB.isEmpty()) {
      pathModel = pathModel.withMode(modeB, Mode.B);
    }
    PlsOptions.Builder options =
        PlsOptions.builder()
            .scheme(InnerScheme.valueOf(scheme.name().toUpperCase(Locale.ROOT)))
            .consistent(consistent)
            .missingPolicy(policy == Policy.mean ? MissingPolicy.MEAN : MissingPolicy.LISTWISE);
    if (missing != null) {
      options.missingCode(missing);
    }
    if (scale != null) {
      options.scale(parseScale(scale));
    }
    if (bootstrap < 0 || bootstrap == 1) {
      throw new CliException("--bootstrap must be 0 or at least 2, was " + bootstrap);
    }
    InvalidRows invalid = new InvalidRows(skipInvalid);
    Map<String, double[]> data =
        PlsInputs.indicators(
            survey.input(),
            survey.separator(),
            pathModel,
            scale == null ? PlsInputs.questionnaireScale(survey.modelName()) : parseScale(scale),
            scale == null ? PlsInputs.questionnaireOrigin(survey.modelName()) : "--scale",
            missing,
            invalid);
    invalid.report(spec.commandLine().getErr(), survey.input().toString());
    PlsOptions built = options.build();
    PlsResult fit;
    Optional<BootstrapResult> boot = Optional.empty();
    if (bootstrap > 0) {
      BootstrapResult result = Pls.bootstrap(pathModel, data, built, bootstrap, seed);
      fit = result.estimate();
      boot = Optional.of(result);
    } else {
      fit = Pls.fit(pathModel, data, built);
    }
    ObjectNode json = toJson(fit, boot);
    ObjectMapper mapper = CxJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    output.write(
        spec.commandLine().getOut(),
        out -> {
          try {
            out.println(mapper.writeValueAsString(json));
          } catch (JsonProcessingException e) {
            throw new IOException(e);
          }
        });
    return 0;
  }

  static RatingScale parseScale(String text) {
    return ScaleOption.parse("--scale", text, "1..10");
  }

  private static ObjectNode toJson(PlsResult fit, Optional<BootstrapResult> boot) {
    ObjectNode root = CxJson.mapper().createObjectNode();
    root.put("n", fit.n());
    root.put("scheme", fit.options().scheme().name().toLowerCase(Locale.ROOT));
    root.put("consistent", fit.options().consistent());
    root.put("iterations", fit.iterations());
    root.put("converged", fit.converged());
    ArrayNode paths = root.putArray("paths");
    for (PathEstimate p : fit.paths()) {
      paths.addObject().put("from", p.from()).put("to", p.to()).put("coefficient", p.coefficient());
    }
    putMap(root.putObject("rSquared"), fit.rSquared());
    putMap(root.putObject("adjustedRSquared"), fit.adjustedRSquared());
    putMap(root.putObject("weights"), fit.weights());
    putMap(root.putObject("loadings"), fit.loadings());
    ObjectNode quality = root.putObject("quality");
    for (Map.Entry<String, ConstructQuality> q : fit.quality().entrySet()) {
      quality
          .putObject(q.getKey())
          .put("ave", q.getValue().ave())
          .put("alpha", q.getValue().alpha())
          .put("rho", q.getValue().rho())
          .put("rhoA", q.getValue().rhoA());
    }
    root.put("gof", fit.gof());
    root.put("srmr", fit.srmr());
    ArrayNode htmt = root.putArray("htmt");
    for (Htmt h : fit.htmt()) {
      htmt.addObject().put("first", h.first()).put("second", h.second()).put("value", h.value());
    }
    ObjectNode vif = root.putObject("innerVif");
    for (Map.Entry<String, Map<String, Double>> v : fit.innerVif().entrySet()) {
      putMap(vif.putObject(v.getKey()), v.getValue());
    }
    ArrayNode effects = root.putArray("effects");
    for (Effect e : fit.effects()) {
      effects
          .addObject()
          .put("from", e.from())
          .put("to", e.to())
          .put("direct", e.direct())
          .put("indirect", e.indirect())
          .put("total", e.total());
    }
    ObjectNode index = root.putObject("index");
    for (Map.Entry<String, IndexScore> i : fit.index().entrySet()) {
      index.put(i.getKey(), i.getValue().value());
    }
    ObjectNode missing = root.putObject("missing");
    missing.put("policy", fit.missing().policy().name().toLowerCase(Locale.ROOT));
    if (fit.missing().code().isPresent()) {
      missing.put("code", fit.missing().code().getAsDouble());
    }
    missing.put("rowsRead", fit.missing().rowsRead());
    missing.put("rowsUsed", fit.missing().rowsUsed());
    ObjectNode cells = missing.putObject("missingCells");
    fit.missing().missingCells().forEach(cells::put);
    if (boot.isPresent()) {
      BootstrapResult b = boot.get();
      ObjectNode node = root.putObject("bootstrap");
      node.put("resamples", b.resamples());
      node.put("seed", b.seed());
      node.put("level", b.level());
      putEstimates(node.putObject("paths"), b.paths());
      putEstimates(node.putObject("totalEffects"), b.totalEffects());
      putEstimates(node.putObject("weights"), b.weights());
      putEstimates(node.putObject("loadings"), b.loadings());
      ArrayNode failures = node.putArray("failures");
      for (BootstrapFailure f : b.failures()) {
        failures
            .addObject()
            .put("resample", f.resample())
            .put("attempt", f.attempt())
            .put("reason", f.reason());
      }
    }
    return root;
  }

  private static void putMap(ObjectNode node, Map<String, Double> values) {
    values.forEach(node::put);
  }

  private static void putEstimates(ObjectNode node, Map<String, BootstrapEstimate> estimates) {
    for (Map.Entry<String, BootstrapEstimate> e : estimates.entrySet()) {
      BootstrapEstimate b = e.getValue();
      ObjectNode o =
          node.putObject(e.getKey())
              .put("original", b.original())
              .put("mean", b.mean())
              .put("standardError", b.standardError());
      if (b.t().isPresent()) {
        o.put("t", b.t().getAsDouble());
      }
      o.put("lower", b.interval().low()).put("upper", b.interval().high());
    }
  }
}
