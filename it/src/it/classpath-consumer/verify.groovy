def log = new File(basedir, 'build.log').text
assert log.contains('class path: named module = false')
assert log.contains('label: Promoter / zh ok')
assert log.contains("NPS: 0.2")
