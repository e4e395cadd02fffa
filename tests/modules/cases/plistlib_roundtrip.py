# plistlib: write a plist of every value type, read it back, and the errors.
import plistlib, datetime, sys
obj = {'name': 'x', 'n': 3, 'f': 1.5, 'yes': True, 'no': False, 'lst': [1, 'a & <b>', [], {}],
       'when': datetime.datetime(2020, 1, 2, 3, 4, 5), 'blob': plistlib.Data('\x00\x01' * 40),
       u'uni': u'caf\xe9', 'nested': {'k': ['v']}}
s = plistlib.writePlistToString(obj)
sys.stdout.write(s)
back = plistlib.readPlistFromString(s)
print sorted(back.items())
print back == obj
try:
    plistlib.writePlistToString({'bad': 'a\x01'})
except ValueError, e:
    print 'ValueError:', e
try:
    plistlib.writePlistToString(object())
except TypeError, e:
    print 'TypeError:', e
