# Pattern methods: keyword names (and the deprecated ones), argument errors.
import re
p = re.compile('a')
for call in [lambda: p.sub(), lambda: p.sub('x', 'a', 1, 2), lambda: p.subn(repl='x', string='a'), lambda: p.split(), lambda: p.split('a', 1, 2), lambda: p.findall(), lambda: p.findall(source='a'), lambda: p.findall('a', bogus=1), lambda: p.finditer(), lambda: p.scanner(), lambda: p.search('a', 0, 1, 2), lambda: p.split(string='a'), lambda: p.sub('x', string='aa', count=1), lambda: p.match(), lambda: p.match(pattern='ba', pos=1).span(), lambda: p.match(string='a', endpos=0), lambda: [m.span() for m in p.finditer(string='aba', pos=1)], lambda: p.scanner('aa', 1).search().span()]:
    try: print call()
    except TypeError as e: print 'TypeError', e
