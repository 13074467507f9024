/** A consumer on the module path: scoring, the columnar reader, the H2 store and the report. */
module com.example.mp {
  requires io.github.cx4j.scoring;
  requires io.github.cx4j.io;
  requires io.github.cx4j.complaints.jdbc;
  requires io.github.cx4j.report;
}
