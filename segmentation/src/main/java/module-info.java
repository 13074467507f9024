/**
 * cx4j-segmentation: RFM scores and segments, customer tiers (Pareto curves) and customer strategy.
 *
 * <p>{@code io.github.cx4j.segmentation.internal} is not exported. Value packages are open to
 * Jackson for JSON.
 */
module io.github.cx4j.segmentation {
  requires transitive io.github.cx4j.core;
  requires datasketches.java;
  requires org.apache.datasketches.memory;
  requires static org.immutables.value.annotations;

  exports io.github.cx4j.segmentation.rfm;
  exports io.github.cx4j.segmentation.strategy;
  exports io.github.cx4j.segmentation.tier;

  opens io.github.cx4j.segmentation.rfm to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.segmentation.strategy to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.segmentation.tier to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
}
