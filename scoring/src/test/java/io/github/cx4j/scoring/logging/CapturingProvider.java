/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.logging;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A tiny SLF4J binding for the tests of this module: debug is enabled, and records are kept, on the
 * thread that asked for them, between {@link #start()} and {@link #stop()} (nothing is printed).
 */
public final class CapturingProvider implements SLF4JServiceProvider {
  private static final ThreadLocal<@Nullable List<String>> CAPTURED = new ThreadLocal<>();

  private final ILoggerFactory loggers = Capturing::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** Starts capturing this thread's records. */
  public static void start() {
    CAPTURED.set(new ArrayList<>());
  }

  /**
   * Stops capturing.
   *
   * @return the records since {@link #start()}, each {@code LEVEL logger message}
   */
  public static List<String> stop() {
    List<String> out = CAPTURED.get();
    CAPTURED.remove();
    return out == null ? List.of() : out;
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Capturing extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Capturing(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected @Nullable String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        @Nullable Marker marker,
        String messagePattern,
        Object @Nullable [] arguments,
        @Nullable Throwable throwable) {
      List<String> out = CAPTURED.get();
      if (out != null) {
        out.add(
            level
                + " "
                + name
                + " "
                + MessageFormatter.basicArrayFormat(messagePattern, arguments));
      }
    }
  }
}
