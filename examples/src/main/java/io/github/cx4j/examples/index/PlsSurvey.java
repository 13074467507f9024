/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.index;

import io.github.cx4j.examples.cli.SeparatorOption;
import io.github.cx4j.scoring.index.PathModel;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The survey options of the commands that fit a PLS path model ({@code cx4j pls}, {@code cx4j
 * report pls}), as a picocli mixin ({@code @Mixin PlsSurvey survey;}): {@code --input}, {@code
 * --model} and {@code --separator}.
 */
public final class PlsSurvey {
  @Option(
      names = "--input",
      required = true,
      description = "CSV survey with a header line naming the indicator columns.")
  Path input = Path.of("");

  @Option(
      names = "--model",
      required = true,
      description = "acsi, ecsi, or a JSON model file {\"constructs\":[...],\"paths\":[...]}.")
  String model = "ecsi";

  @Mixin SeparatorOption separator = new SeparatorOption();

  /** For picocli. */
  public PlsSurvey() {}

  /**
   * The survey file.
   *
   * @return the value of {@code --input}
   */
  public Path input() {
    return input;
  }

  /**
   * The {@code --model} option as given: acsi, ecsi or a file name.
   *
   * @return the option's text
   */
  public String modelName() {
    return model;
  }

  /**
   * The path model named or given by {@code --model}.
   *
   * @return the model
   * @throws io.github.cx4j.examples.cli.CliException if the model is unknown or its file invalid
   */
  public PathModel model() {
    return PlsInputs.model(model);
  }

  /**
   * The field separator.
   *
   * @return the value of {@code --separator}
   */
  public String separator() {
    return separator.value();
  }
}
