/**
 * {@code cx4j report clv|rfm|survey|pls|complaints}: one self-contained HTML report per analysis
 * (module cx4j-report), and the pages of {@code cx4j tour --report DIR}.
 */
@NullMarked
package io.github.cx4j.examples.report;

import org.jspecify.annotations.NullMarked;
