# string.Template subclasses with their own pattern, Formatter.format with
# format_string as a keyword, posixpath.expandvars on unicode (non-ASCII
# names, values decoded), expanduser when the user is unknown, ismount
# judged by the parent's name.
import os
import posixpath
import string


class Mapping:
    def __getitem__(self, name):
        obj = self
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj


class Bag:
    pass


class AtPattern(string.Template):
    pattern = r"""
    (?P<escaped>@{2})                   |
    @(?P<named>[_a-z][._a-z0-9]*)       |
    @{(?P<braced>[_a-z][._a-z0-9]*)}    |
    (?P<invalid>@)
    """

m = Mapping()
m.bag = Bag()
m.bag.who = 'tim'
m.bag.what = 'ham'
t = AtPattern('@bag.who likes @{bag.what} and @@, costs @')
print t.safe_substitute(m)
try:
    t.substitute(m)
except ValueError as e:
    print 'ValueError', e


class Sub(AtPattern):
    pass

print Sub('@bag.what!').substitute(m)


class Braces(string.Template):
    pattern = r"""
    \$(?:
      (?P<escaped>\$)                    |
      (?P<named>[_a-z][_a-z0-9]*)        |
      @@(?P<braced>[_a-z][_a-z0-9]*)@@   |
      (?P<invalid>)
    )
    """

b = Braces('PyCon in $@@location@@ for $$5')
print b.safe_substitute(), b.substitute(location='Cleveland')
try:
    b.substitute({})
except KeyError as e:
    print 'KeyError', e
print string.Template('$who ${x} $$').substitute(who='a', x='b')
print string.Formatter().format(arg='test', format_string='-{arg}-')
print string.Formatter().format('-{format_string}-', format_string='x')

os.environ['RL_SPAM'] = 'caf\xc3\xa9'
os.environ['RL_\xc3\xa6'] = 'baz'
print repr(posixpath.expandvars(u'$RL_SPAM bar ${RL_SPAM}x $RL_\xe6 $NOPE_RL'))
print repr(posixpath.expandvars('$RL_SPAM $RL_\xc3\xa6'))
print posixpath.expanduser('~no_such_user_rl/x')
print posixpath.ismount('/'), posixpath.ismount('/tmp/../tmp/no-such-dir-rl')
