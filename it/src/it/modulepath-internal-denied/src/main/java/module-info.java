/** A consumer that tries to compile against an internal package: the build must fail. */
module com.example.denied {
  requires io.github.cx4j.scoring;
}
