def log = new File(basedir, 'build.log').text
assert log.contains('module path: io.github.cx4j.scoring')
assert log.contains('label: Promoter')
assert log.contains("NPS: 0.2")
assert log.contains('internal: not accessible (IllegalAccessException)')
