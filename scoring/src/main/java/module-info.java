/**
 * cx4j-scoring: survey metrics (NPS, CSAT, CES, drivers), quality models (Kano, SERVQUAL, IPA),
 * satisfaction indices (ACSI-style path models), service audits and customer-value models (BG/NBD,
 * Pareto/NBD, Gamma-Gamma CLV).
 *
 * <p>{@code io.github.cx4j.scoring.internal} (numerical helpers) is not exported. Value packages
 * are open to Jackson for JSON, and to cx4j-core, whose bundle-text resolver reads their {@code
 * messages} bundles (a bundle in a named module is visible only where its package is open).
 */
module io.github.cx4j.scoring {
  requires transitive io.github.cx4j.core;
  requires com.google.common;
  requires hipparchus.core;
  requires org.slf4j;
  requires static org.immutables.value.annotations;

  exports io.github.cx4j.scoring.audit;
  exports io.github.cx4j.scoring.index;
  exports io.github.cx4j.scoring.quality;
  exports io.github.cx4j.scoring.survey;
  exports io.github.cx4j.scoring.value;

  opens io.github.cx4j.scoring.audit to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.scoring.index to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.scoring.quality to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.scoring.survey to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.scoring.value to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
}
