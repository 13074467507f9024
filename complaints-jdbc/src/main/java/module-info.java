/**
 * cx4j-complaints-jdbc: a JDBC event store for complaint event streams, with plain-SQL migrations.
 *
 * <p>One package, {@code io.github.cx4j.complaints.jdbc}, all of it API. The migrations are
 * resources of that package and are read by the module itself, so the package need not be open. No
 * JDBC driver is required at compile time: H2 (the embedded default, the automatic module {@code
 * com.h2database}) and PostgreSQL's driver are found through {@link java.sql.DriverManager}, which
 * reads the {@code java.sql.Driver} services of the modules on the module path (or the jars on the
 * class path).
 */
module io.github.cx4j.complaints.jdbc {
  requires transitive io.github.cx4j.complaints;
  requires transitive java.sql;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.cx4j.complaints.jdbc;
}
