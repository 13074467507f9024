/** A consumer on the module path. */
module com.example.mp {
  requires io.github.cx4j.scoring;
}
