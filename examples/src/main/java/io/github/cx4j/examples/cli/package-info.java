/**
 * Shared machinery of the command line: the {@link io.github.cx4j.examples.cli.CxCommand} service
 * interface, delimited-file input with precise errors ({@link
 * io.github.cx4j.examples.cli.Delimited}) and output that never leaves a partial file ({@link
 * io.github.cx4j.examples.cli.AtomicOutput}).
 */
package io.github.cx4j.examples.cli;
