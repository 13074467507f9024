/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import java.util.concurrent.Callable;

/**
 * A {@code cx4j} subcommand. Implementations are picocli {@code @Command} classes with a public
 * no-argument constructor, listed in {@code
 * META-INF/services/io.github.cx4j.examples.cli.CxCommand}; {@link io.github.cx4j.examples.Cx4j}
 * finds them there. {@link #call()} returns the exit code.
 */
public interface CxCommand extends Callable<Integer> {}
