/**
 * Columnar input and output for batch jobs and the command line.
 *
 * <p>{@link io.github.cx4j.io.DelimitedReader} reads RFC 4180 CSV (Shafranovich 2005, "Common
 * Format and MIME Type for Comma-Separated Values (CSV) Files"), other separators and
 * whitespace-separated text straight into primitive columns ({@link io.github.cx4j.io.Table}): the
 * caller names the columns it wants with {@link io.github.cx4j.io.ColumnSpec}, each with a {@link
 * io.github.cx4j.io.ColumnType}; other columns are skipped. Chunks are parsed on all cores, or
 * streamed one by one. Every error is a {@link io.github.cx4j.io.DelimitedInputException} naming
 * the file, line, column and value.
 *
 * <p>{@link io.github.cx4j.io.CsvWriter} and {@link io.github.cx4j.io.JsonLinesWriter} write rows
 * without per-value formatting objects; {@link io.github.cx4j.io.AtomicFile} writes a file that
 * appears whole or not at all. See {@code docs/io.md}.
 */
@NullMarked
package io.github.cx4j.io;

import org.jspecify.annotations.NullMarked;
