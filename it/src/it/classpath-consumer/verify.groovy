def log = new File(basedir, 'build.log').text
assert log.contains('class path: named module = false')
assert log.contains('label: Promoter / zh ok')
assert log =~ /NPS: 20(\.0)?/
