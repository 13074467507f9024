/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import io.github.cx4j.examples.cli.Delimited;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The grouping options of {@code nps} and {@code csat}, as a picocli mixin: {@code --by}, {@code
 * --period}, {@code --date-column} and {@code --zone}, resolved against a file by {@link
 * #resolve(Delimited)}.
 */
final class GroupingOptions {
  @Option(names = "--by", description = "Group by this column.")
  Optional<String> by = Optional.empty();

  @Option(names = "--period", description = "Group by calendar period: week, month or quarter.")
  Optional<String> period = Optional.empty();

  @Option(names = "--date-column", description = "The ISO-8601 date/time column for --period.")
  Optional<String> dateColumn = Optional.empty();

  @Option(
      names = "--zone",
      defaultValue = "UTC",
      description = "Time zone of the periods (default: UTC).")
  String zone = "UTC";

  /** Whether no grouping option was given. */
  boolean isNone() {
    return by.isEmpty() && period.isEmpty() && dateColumn.isEmpty();
  }

  /** The grouping of the rows of a file. */
  Grouping resolve(Delimited file) {
    return Grouping.of(file, by, period, dateColumn, zone);
  }
}
