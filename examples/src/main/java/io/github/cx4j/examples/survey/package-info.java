/**
 * Survey commands of the {@code cx4j} command line ({@code nps}, {@code csat}, {@code kano}, {@code
 * drivers}), the generator of the bundled survey data set ({@link
 * io.github.cx4j.examples.survey.SurveyDataGenerator}) and the tour chapter "Measuring
 * satisfaction".
 */
package io.github.cx4j.examples.survey;
