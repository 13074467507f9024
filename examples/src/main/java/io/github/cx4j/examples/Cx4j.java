/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cx4j} command line. Subcommands are found with {@link ServiceLoader} as {@link
 * CxCommand} implementations listed in {@code META-INF/services}, so each capability adds its own
 * command without touching this class.
 *
 * <p>Exit codes: 0 success, 1 bad data or a failed computation (the message names the file, line,
 * column and value where there is one), 2 bad usage.
 */
@Command(
    name = "cx4j",
    mixinStandardHelpOptions = true,
    version = "cx4j 0.1.0-SNAPSHOT",
    description =
        "Customer-satisfaction modelling: vocabulary, scores, indices, value, segments,"
            + " complaints.",
    subcommandsRepeatable = false)
public final class Cx4j implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given streams, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // build only the subcommand named first (start-up: the other commands' classes and picocli
    // models are not loaded); anything else (help, an option, a misspelt name) gets the full tree
    String first = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
    CommandLine cli = commandLine(first);
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The configured command line with every subcommand registered.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /** The command line with the subcommand of that name only, or every subcommand if none has it. */
  static CommandLine commandLine(@Nullable String only) {
    CommandLine cli = new CommandLine(new Cx4j());
    List<CommandLine> commands = new ArrayList<>();
    for (ServiceLoader.Provider<CxCommand> provider :
        ServiceLoader.load(CxCommand.class, Cx4j.class.getClassLoader()).stream().toList()) {
      if (only == null || names(provider.type()).contains(only)) {
        commands.add(new CommandLine(provider.get()));
      }
    }
    if (commands.isEmpty() && only != null) {
      return commandLine(null);
    }
    commands.sort(Comparator.comparing(CommandLine::getCommandName));
    for (CommandLine command : commands) {
      cli.addSubcommand(command);
    }
    return configure(cli);
  }

  /**
   * Applies the settings of the {@code cx4j} command line (case-insensitive enum values, errors as
   * one {@code cx4j:} line) to a command line, for example one built for a single subcommand.
   *
   * @param cli the command line
   * @return the same command line
   */
  public static CommandLine configure(CommandLine cli) {
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          Throwable cause = ex;
          if (cause instanceof CliException
              || cause instanceof CxValidationException
              || cause instanceof io.github.cx4j.io.DelimitedInputException) {
            commandLine.getErr().println("cx4j: " + cause.getMessage());
            return 1;
          }
          if (cause instanceof OutOfMemoryError) {
            commandLine
                .getErr()
                .println(
                    "cx4j: not enough memory ("
                        + (Runtime.getRuntime().maxMemory() >> 20)
                        + " MB of heap): raise it with the JVM option -Xmx, for example java"
                        + " -Xmx4g -jar cx4j.jar ...");
            return 1;
          }
          commandLine.getErr().println("cx4j: " + cause);
          return 1;
        });
    return cli;
  }

  private static List<String> names(Class<?> type) {
    Command command = type.getAnnotation(Command.class);
    if (command == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>(List.of(command.aliases()));
    names.add(command.name());
    return names;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
