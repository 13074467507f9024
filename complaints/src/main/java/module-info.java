/**
 * cx4j-complaints: the complaint workflow after ISO 10002, SLA clocks and calendars, service
 * recovery, reply checks and complaint KPIs.
 *
 * <p>{@code io.github.cx4j.complaints.internal} is not exported. Jollyday is optional: only {@code
 * complaints.sla.JollydayHolidays} needs it, so a user who wants it adds {@code jollyday-jaxb}
 * (and, on the module path, {@code --add-modules de.focus_shift.jollyday.core}). Packages are open
 * to Jackson, which reads the bundled lexicon and reads and writes the values, and to cx4j-core,
 * whose bundle-text resolver reads their {@code messages} bundles.
 */
module io.github.cx4j.complaints {
  requires transitive io.github.cx4j.core;
  requires static de.focus_shift.jollyday.core;
  requires static org.immutables.value.annotations;

  exports io.github.cx4j.complaints.automation;
  exports io.github.cx4j.complaints.handling;
  exports io.github.cx4j.complaints.linking;
  exports io.github.cx4j.complaints.routing;
  exports io.github.cx4j.complaints.survey;
  exports io.github.cx4j.complaints.timely;
  exports io.github.cx4j.complaints.kpi;
  exports io.github.cx4j.complaints.recovery;
  exports io.github.cx4j.complaints.sla;
  exports io.github.cx4j.complaints.workflow;

  opens io.github.cx4j.complaints.automation to
      com.fasterxml.jackson.databind;
  opens io.github.cx4j.complaints.handling to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.complaints.kpi to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.complaints.recovery to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.complaints.sla to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
  opens io.github.cx4j.complaints.workflow to
      com.fasterxml.jackson.databind,
      io.github.cx4j.core;
}
