def log = new File(basedir, 'build.log').text
assert log.contains('module path: io.github.cx4j.scoring')
assert log.contains('label: Promoter')
assert log.contains("NPS: 0.2")
assert log.contains('builder: 9 north')
assert log.contains('internal: not accessible (IllegalAccessException)')
assert log.contains('io: 5 rows, stores [north, south, old town]')
assert log.contains('store: h2 true, 1 event')
assert log.contains('report: nps.html true, zh')
