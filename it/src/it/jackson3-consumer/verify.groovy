def log = new File(basedir, 'build.log').text
assert log.contains('jackson 2: 2.')
assert log.contains('jackson 3: 3.')
assert log.contains('records: read by jackson 3 ok')
assert log.contains('records: written by jackson 3, read by CxJson ok')
assert log.contains('checks: NpsResult.counts must be at least 0, was "-1/2/2/0/0"')
assert log.contains('unknown property: rejected (extra)')
assert log.contains('immutables: not bound by jackson 3 (SurveyResponse)')
