/**
 * The concepts of the customer-satisfaction course as typed, bilingual values: the CS system and
 * its CI mirror, service styles, customer states with their cues and handling approaches,
 * complaint-handling principles, blame-shifting phrases and the many lists of the seeds.
 *
 * <p>Every concept is an enum implementing {@link io.github.cx4j.core.Labelled} with a stable
 * English code and English and Chinese labels and descriptions from {@code messages.properties} and
 * {@code messages_zh.properties} in this package. Relations between concepts are data (methods on
 * the enums), and classifications are pure functions: {@link
 * io.github.cx4j.core.concept.ServiceStyle#classify(double, double)}, {@link
 * io.github.cx4j.core.concept.CustomerState#recognize(java.util.Collection)}. {@link
 * io.github.cx4j.core.concept.Vocabulary#groups()} lists every concept group of the library.
 *
 * <p>Source: the course material in the seed files 000-004, digested in {@code docs/domain.md}
 * sections 1-3; loyalty types after Dick and Basu (1994).
 */
@NullMarked
package io.github.cx4j.core.concept;

import org.jspecify.annotations.NullMarked;
