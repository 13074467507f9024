/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.sla;

import io.github.cx4j.complaints.workflow.ComplaintCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The wall clock of the tour's SLA chapters (the restaurant and the office, both in Shanghai):
 * local times in and out, remaining durations as hours and minutes, and the bundled calendar and
 * policy files.
 */
public final class TourClock {
  /** The chapters' time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("EEE MM-dd HH:mm", Locale.ROOT);

  private TourClock() {}

  /**
   * A local Shanghai time as an instant.
   *
   * @param local for example {@code 2026-12-28T10:00}
   * @return the instant
   */
  public static Instant t(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }

  /**
   * One step of a chapter's script: a workflow command at a local Shanghai time.
   *
   * @param at when the command is given
   * @param command the command
   */
  public record Step(Instant at, ComplaintCommand command) {
    /**
     * A step at a local Shanghai time.
     *
     * @param local for example {@code 2026-12-28T10:00}
     * @param command the command
     * @return the step
     */
    public static Step of(String local, ComplaintCommand command) {
      return new Step(t(local), command);
    }
  }

  /**
   * An instant as a short Shanghai time.
   *
   * @param instant the instant
   * @return for example {@code Mon 12-28 10:00}
   */
  public static String local(Instant instant) {
    return SHORT.format(instant.atZone(ZONE));
  }

  /**
   * A duration as hours and minutes; a negative one (an overdue clock) keeps its sign on the hours
   * only.
   *
   * @param d the duration
   * @return for example {@code 11h30} or {@code -1h30}
   */
  public static String hours(Duration d) {
    long minutes = d.toMinutes();
    String sign = minutes < 0 ? "-" : "";
    long abs = Math.abs(minutes);
    return String.format(Locale.ROOT, "%s%dh%02d", sign, abs / 60, abs % 60);
  }

  /**
   * A bundled example file ({@code /examples/NAME} on the class path) as UTF-8 text.
   *
   * @param name the file name
   * @return the text
   * @throws IOException if the file is not bundled
   */
  public static String resource(String name) throws IOException {
    try (InputStream in = TourClock.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IOException("missing /examples/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
