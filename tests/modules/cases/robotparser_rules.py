import robotparser
rp = robotparser.RobotFileParser()
rp.set_url('http://www.example.com/robots.txt')
print rp.host, rp.path, rp.mtime(), rp.can_fetch('x', '/anything')
rp.parse('''
# comment
User-agent: FigTree
Disallow: /tmp
Allow: /tmp/ok.html
Disallow: /a%3cd.html

User-agent: *
Disallow: /cyberworld/map/ # this is an infinite virtual URL space
Disallow: /~joe/
User-agent: other
Disallow:

User-agent: *
Disallow: /ignored
'''.splitlines())
tests = [('FigTree/1.0', '/tmp'), ('FigTree/1.0', '/tmp/ok.html'), ('figtree', '/tmp/x'),
         ('FigTree Robot libwww', '/a%3Cd.html'), ('FigTree', '/a<d.html'), ('FigTree', 'http://www.example.com/foo.html'),
         ('anybot', '/cyberworld/map/index.html'), ('anybot', '/%7Ejoe/index.html'), ('anybot', '/ignored'),
         ('other', '/~joe/'), ('otherbot/2', '/cyberworld/map/'), ('anybot', ''), ('anybot', 'http://www.example.com/?q=1')]
for agent, url in tests:
    print agent, url, rp.can_fetch(agent, url)
print str(rp)
print str(rp.default_entry)
print rp.mtime() > 0
e = robotparser.Entry()
e.useragents.append('Bot')
e.rulelines.append(robotparser.RuleLine('/x y', False))
e.rulelines.append(robotparser.RuleLine('', False))
print str(e), e.applies_to('bot/1.1'), e.allowance('/x%20y/z'), e.allowance('/q')
r2 = robotparser.RobotFileParser()
r2.disallow_all = True
print r2.can_fetch('a', '/')
r2.allow_all = True
print r2.can_fetch('a', '/')
