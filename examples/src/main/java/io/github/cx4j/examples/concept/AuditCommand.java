/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.concept;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.cli.AtomicOutput;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.scoring.audit.Audit;
import io.github.cx4j.scoring.audit.AuditAnswers;
import io.github.cx4j.scoring.audit.AuditKind;
import io.github.cx4j.scoring.audit.AuditReport;
import io.github.cx4j.scoring.audit.SectionScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cx4j audit --input answers.json [--lang en|zh] [--format text|json] [--output F]}: scores
 * an organisation's answers to the standard audit questionnaires (layout in {@code
 * docs/vocabulary.md}).
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Scores an organisation audit: CS system (MS/BS/VHS), the twelve retention steps with the"
            + " weakest steps and their practices, the all-staff service inspection, the SERVICE"
            + " principles and the service style.")
public final class AuditCommand implements CxCommand {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--input",
      required = true,
      description = "The answers, a JSON file (see docs/vocabulary.md).")
  Path input;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "Language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang = Lang.en;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = {"-o", "--output"},
      description = "Write to this file instead of standard output.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public AuditCommand() {}

  /**
   * Reads answers from JSON, turning every problem into a message with the source, the line and the
   * column.
   *
   * @param in the JSON
   * @param source the name to report
   * @return the answers
   */
  static AuditAnswers read(InputStream in, String source) {
    try {
      return CxJson.mapper().readValue(in, AuditAnswers.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
      Throwable cause = e.getCause();
      String message =
          cause instanceof CxValidationException ? cause.getMessage() : e.getOriginalMessage();
      throw new CliException(where + ": " + message, e);
    } catch (IOException e) {
      throw new CliException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public Integer call() {
    AuditAnswers answers;
    try (InputStream in = Files.newInputStream(input)) {
      answers = read(in, input.toString());
    } catch (NoSuchFileException e) {
      throw new CliException(input + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(input + ": cannot read: " + e.getMessage(), e);
    }
    AuditReport report = Audit.score(answers);
    AtomicOutput.write(
        Optional.ofNullable(output),
        spec.commandLine().getOut(),
        out -> {
          if (format == Format.json) {
            ObjectMapper json = CxJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(json.writeValueAsString(report));
          } else {
            print(report, lang.locale, out);
          }
        });
    return 0;
  }

  static void print(AuditReport report, Locale locale, PrintWriter out) {
    AuditText text = new AuditText(locale);
    out.println(
        text.t("Audit of ", "审计对象:")
            + report.organisation()
            + text.t(" (answers on ", "(答案量表 ")
            + report.scale()
            + text.t(")", ")"));
    section(text, AuditKind.CS_SYSTEM, report.csSystem(), out);
    section(text, AuditKind.RETENTION, report.retention().map(r -> r.section()), out);
    report.retention().ifPresent(r -> text.weakest(r).forEach(out::println));
    section(text, AuditKind.STAFF_INSPECTION, report.staffInspection(), out);
    section(text, AuditKind.SERVICE_PRINCIPLES, report.servicePrinciples(), out);
    section(text, AuditKind.SERVICE_STYLE, report.serviceSides(), out);
    if (report.serviceSides().isPresent()) {
      out.println(text.style(report));
    }
    out.println();
    out.println(
        text.t("Missing answers (", "缺失的答案(")
            + report.missing().size()
            + text.t("): ", "):")
            + (report.missing().isEmpty()
                ? text.t("none", "无")
                : String.join(", ", report.missing())));
  }

  private static void section(
      AuditText text, AuditKind kind, Optional<SectionScore> section, PrintWriter out) {
    if (section.isEmpty()) {
      return;
    }
    out.println();
    out.println("-- " + text.title(kind));
    AuditText.align(text.table(section.get())).forEach(out::println);
  }
}
