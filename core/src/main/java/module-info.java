/**
 * cx4j-core: the shared vocabulary (concepts with English and Chinese labels), customers, money,
 * rating scales and customer activity, and the JSON mapper of every cx4j value.
 *
 * <p>{@code io.github.cx4j.core.internal} holds helpers shared by the cx4j modules (the bundle-text
 * resolver, argument checks); it is exported to those modules only. Every value package is open to
 * Jackson, which reads and writes the values by reflection.
 */
module io.github.cx4j.core {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.cx4j.core;
  exports io.github.cx4j.core.activity;
  exports io.github.cx4j.core.concept;
  exports io.github.cx4j.core.customer;
  // Qualified export to the sibling modules: javac warns "module not found" while compiling core
  // alone (they are compiled later), which is expected.
  exports io.github.cx4j.core.internal to
      io.github.cx4j.scoring,
      io.github.cx4j.segmentation,
      io.github.cx4j.complaints,
      io.github.cx4j.report;

  opens io.github.cx4j.core to
      com.fasterxml.jackson.databind;
  opens io.github.cx4j.core.activity to
      com.fasterxml.jackson.databind;
  opens io.github.cx4j.core.concept to
      com.fasterxml.jackson.databind;
  opens io.github.cx4j.core.customer to
      com.fasterxml.jackson.databind;
}
