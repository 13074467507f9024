/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.cli.CxCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cx4j clv fit|predict|compare}: customer-base models (BG/NBD, MBG/NBD, Pareto/NBD, BG/BB,
 * Gamma-Gamma) on summary files.
 */
@Command(
    name = "clv",
    mixinStandardHelpOptions = true,
    description = "Customer lifetime value: fit buy-till-you-die models and predict per customer.",
    subcommands = {ClvFitCommand.class, ClvPredictCommand.class, ClvCompareCommand.class})
public final class ClvCommand implements CxCommand {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public ClvCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
