/**
 * The vocabulary and the audits on the command line and in the tour: {@code cx4j concepts} prints
 * every concept group of {@link io.github.cx4j.core.concept.Vocabulary} in English or Chinese,
 * {@code cx4j audit --input answers.json} scores an organisation with {@link
 * io.github.cx4j.scoring.audit.Audit}, and the tour chapter "CS theory" (order 20) compares CS with
 * CI and audits the bundled example organisation. Source: the seed files 000-004.
 */
@NullMarked
package io.github.cx4j.examples.concept;

import org.jspecify.annotations.NullMarked;
