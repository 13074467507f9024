def log = new File(basedir, 'build.log').text
assert log.contains('package io.github.cx4j.scoring.internal is not visible')
