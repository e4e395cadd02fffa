import __future__
for name in __future__.all_feature_names:
    flag = getattr(__future__, name).compiler_flag
    c = compile("x = 1\n", "<s>", "exec", flag)
    print name, hex(flag), type(c).__name__
d = {}
exec compile("r = 1/2\n", "<s>", "exec", __future__.division.compiler_flag) in d
print d['r']
exec compile("r = 1/2\n", "<s>", "exec", 0, True) in d
print d['r']
exec compile("print('a', 'b', sep='-')\n", "<s>", "exec", __future__.print_function.compiler_flag)
exec compile("r = 'abc'\n", "<s>", "exec", __future__.unicode_literals.compiler_flag) in d
print type(d['r'])
all_flags = 0
for name in __future__.all_feature_names:
    all_flags |= getattr(__future__, name).compiler_flag
exec compile("r = 7/2\nprint(r, end='!\\n')\n", "<s>", "exec", all_flags)
print eval(compile("3/2", "<e>", "eval", __future__.division.compiler_flag))
c = compile("r = 1\n", u"uni.py", "exec")
print repr(c.co_filename)
try:
    compile("r = 1\n", u"\xe9.py", "exec")
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError', e
try:
    compile("1", "f", "exec", 0x100000)
except ValueError as e:
    print 'ValueError', e
try:
    compile("1", 3, "exec")
except TypeError as e:
    print 'TypeError', e
