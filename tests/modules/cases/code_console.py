# code and codeop: compile_command's three answers, InteractiveConsole fed
# lines (statements spread over lines, errors, print with a trailing
# comma) and interact() with a scripted readfunc.
import sys
import code
import codeop
from StringIO import StringIO

for src in ["x = 1", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "def f():\n  return 1\n",
            "", "# just a comment", "1 +", "(1,", "a b", "return 1", "1 = 2", "'''open"]:
    try:
        result = codeop.compile_command(src)
        print repr(src), result is None and 'more' or 'code'
    except SyntaxError as e:
        print repr(src), 'SyntaxError', e.msg
print codeop.compile_command("(1 +", symbol="eval"), type(codeop.compile_command("1 + 2", symbol="eval")).__name__
cc = codeop.CommandCompiler()
cc("from __future__ import division")
print eval(cc("1/2", symbol="eval")), bool(cc.compiler.flags & codeop.PyCF_DONT_IMPLY_DEDENT)
print eval(codeop.compile_command("1/2", symbol="eval"))

err = StringIO()
out = StringIO()
saved = sys.stdout, sys.stderr
sys.stdout, sys.stderr = out, err
try:
    console = code.InteractiveConsole({'__name__': 'test'})
    for line in ["x = 6", "for i in range(3):", "    print i * x,", "", "x", "1/0",
                 "def f(", "  a):", "  return a + 1", "", "f(41)", "1 2", "print 'no newline',",
                 "undefined_name"]:
        more = console.push(line)
        sys.__stdout__.write("%r -> %s\n" % (line, more))
finally:
    sys.stdout, sys.stderr = saved
print out.getvalue()
print err.getvalue()
print console.locals['x'], sorted(k for k in console.locals if k != '__builtins__')

lines = iter(["a = 5", "if a:", "  print a * 2", "", "raise KeyError('k')"])


def feed(prompt):
    sys.stdout.write(prompt)
    try:
        return next(lines)
    except StopIteration:
        raise EOFError

out = StringIO()
saved = sys.stdout, sys.stderr
sys.stdout, sys.stderr = out, out
try:
    code.interact("hello", feed, {})
finally:
    sys.stdout, sys.stderr = saved
print out.getvalue()
ii = code.InteractiveInterpreter()
print sorted(ii.locals.items())
print code.softspace(StringIO(), 1), code.softspace(object(), 1)
# code objects compare by content (what codeop's tests rely on)
c1 = compile('a = 1', '<i>', 'single')
c2 = compile('a = 1', '<i>', 'single')
print c1 == c2, c1 != c2, c1 == compile('a = 2', '<i>', 'single'), hash(c1) == hash(c2), c1 == 5
print codeop.compile_command('x = 3') == compile('x = 3', '<input>', 'single', codeop.PyCF_DONT_IMPLY_DEDENT)
