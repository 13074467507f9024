/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.spark;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.Cx4j;
import io.github.cx4j.examples.cli.CliException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The bridge to {@code io.github.cx4j.spark.job.CxSparkJob}: whether Spark is on the class path,
 * the job run by name (so that nothing here links a Spark class), and the command lines that run it
 * when Spark is missing.
 */
final class SparkJob {
  /** The class whose presence means Spark is on the class path. */
  static final String SESSION_CLASS = "org.apache.spark.sql.SparkSession";

  /** The example job of cx4j-spark. */
  static final String JOB_CLASS = "io.github.cx4j.spark.job.CxSparkJob";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@,+-]+");

  private SparkJob() {}

  /**
   * Whether Spark's session class can be loaded.
   *
   * @param loader the class loader to look in
   * @return true if Spark is there
   */
  static boolean sparkPresent(ClassLoader loader) {
    try {
      Class.forName(SESSION_CLASS, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Runs the job in a session of its own ({@code CxSparkJob.runInOwnSession}).
   *
   * @param master the master, or null for the configured one
   * @param options the job's options
   * @return the job's summary lines
   * @throws CliException if the job fails, with Spark's or the library's message
   */
  static List<String> run(@Nullable String master, Map<String, String> options) {
    Method run;
    try {
      run =
          Class.forName(JOB_CLASS, true, SparkJob.class.getClassLoader())
              .getMethod("runInOwnSession", String.class, Map.class);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new CliException("cannot load " + JOB_CLASS + " (cx4j-spark): " + e, e);
    }
    Object lines;
    try {
      lines = run.invoke(null, master, options);
    } catch (InvocationTargetException e) {
      throw failure(e.getCause() == null ? e : e.getCause());
    } catch (IllegalAccessException e) {
      throw new CliException("cannot call " + JOB_CLASS + ".runInOwnSession: " + e, e);
    }
    List<String> out = new ArrayList<>();
    for (Object line : (List<?>) java.util.Objects.requireNonNull(lines)) {
      out.add(String.valueOf(line));
    }
    return out;
  }

  private static RuntimeException failure(Throwable cause) {
    if (cause instanceof CxValidationException validation) {
      return validation;
    }
    // Spark wraps a failed task's exception in its own; the innermost message says what was wrong
    Throwable inner = cause;
    while (inner.getCause() != null && inner.getCause() != inner) {
      inner = inner.getCause();
    }
    String message = inner.getMessage() == null ? inner.toString() : inner.getMessage();
    return new CliException(
        "the Spark job failed: " + message.lines().findFirst().orElse(""), cause);
  }

  /**
   * The path of the jar (or class folder) the command line runs from.
   *
   * @return the path, or {@code cx4j.jar} if the JVM does not say
   */
  static String jar() {
    CodeSource source = Cx4j.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return "cx4j.jar";
    }
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return "cx4j.jar";
    }
  }

  /**
   * What to tell a user whose JVM has no Spark: the two command lines that run the same command
   * with Spark.
   *
   * @param jar the command line's jar
   * @param args the {@code cx4j spark} arguments, without {@code spark}
   * @return the message, several lines
   */
  static String howToRun(String jar, List<String> args) {
    StringBuilder tail = new StringBuilder(" spark");
    for (String arg : args) {
      tail.append(' ').append(PLAIN.matcher(arg).matches() ? arg : quote(arg));
    }
    return "cx4j spark: Apache Spark (4.0 to 4.2) is not on the class path ("
        + SESSION_CLASS
        + " was not found). Run the same command with spark-submit:\n  spark-submit --class "
        + Cx4j.class.getName()
        + " "
        + quote(jar)
        + tail
        + "\nor with the jars of a Spark installation, Spark's first:\n  java -cp \"$SPARK_HOME/jars/*:"
        + jar
        + "\" "
        + Cx4j.class.getName()
        + tail;
  }

  private static String quote(String text) {
    if (PLAIN.matcher(text).matches()) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
