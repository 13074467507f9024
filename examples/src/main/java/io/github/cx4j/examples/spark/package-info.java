/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * {@code cx4j spark} and the tour chapter "cx4j on Spark": the example job of {@code cx4j-spark}
 * ({@code io.github.cx4j.spark.job.CxSparkJob}) run inside the command line's JVM when Apache Spark
 * is on the class path, and a message that says how to run it when it is not. Spark is never a
 * dependency of the command line: the job is found by name at run time.
 */
@NullMarked
package io.github.cx4j.examples.spark;

import org.jspecify.annotations.NullMarked;
