# doctest: parsing pieces, option directives, failure reports, verbose runs,
# exceptions, unittest integration
import doctest
import sys
import StringIO

text = '''
Intro text.

    >>> x = [1,
    ...      2]
    >>> x
    [1, 2]

Middle text.
>>> print 'a\\n\\nb'
a
<BLANKLINE>
b
>>> raise ValueError('bad thing')
Traceback (most recent call last):
  File "x", line 1
ValueError: bad thing
>>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
KeyError: 'other'
>>> 1/0  # doctest: +SKIP
>>> print range(30)  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
[0,   1, ..., 29]
>>> True
1
>>> # only a comment
trailing
'''
parser = doctest.DocTestParser()
pieces = parser.parse(text, 'text')
for p in pieces:
    if isinstance(p, doctest.Example):
        print 'EX', repr(p.source), repr(p.want), repr(p.exc_msg), p.lineno, p.indent, sorted(p.options.items())
    else:
        print 'TXT', repr(p)
print doctest.script_from_examples(text)
test = parser.get_doctest(text, {}, 'sample', 'sample.txt', 10)
print test, len(test.examples)
out = StringIO.StringIO()
runner = doctest.DocTestRunner(verbose=True)
print runner.run(test, out=out.write)
print out.getvalue()
runner.summarize(verbose=True)
failing = parser.get_doctest('''
>>> print 'got'
want
>>> undefined_name
>>> print ''
<BLANKLINE>
>>> print 'x'
''', {}, 'failing', None, None)
out = StringIO.StringIO()
r2 = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print r2.run(failing, out=out.write)


def without_doctest_frames(text):
    # the frame of doctest's own exec line differs between implementations
    lines = text.splitlines()
    kept = []
    skip = False
    for line in lines:
        if 'doctest.py", line' in line:
            skip = True
            continue
        if skip:
            skip = False
            continue
        kept.append(line)
    return '\n'.join(kept)
print without_doctest_frames(out.getvalue().replace(__file__, 'F'))
out = StringIO.StringIO()
r3 = doctest.DocTestRunner(verbose=False)
failing = parser.get_doctest('>>> print "got"\nwant\n>>> undefined_name\n>>> print "x"\n', {}, 'f2', 'f2.py', 3)
print r3.run(failing, out=out.write)
print without_doctest_frames(out.getvalue())
r3.summarize()
for bad in ['>>>x', '  >>> x\n ... y', '>>> x  # doctest: +NOPE', '  >>> 1\n 1']:
    try:
        parser.get_examples(bad)
    except ValueError as e:
        print 'ValueError', e
c = doctest.OutputChecker()
print [c.check_output(w, g, f) for w, g, f in [('True\n', 'True\n', 0), ('1\n', 'True\n', 0),
                                               ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
                                               ('a...z\n', 'abcz\n', doctest.ELLIPSIS), ('a...z\n', 'abc\n', doctest.ELLIPSIS),
                                               ('<BLANKLINE>\n', '\n', 0), ('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE)]]


def documented(n):
    """
    >>> documented(3)
    9
    >>> documented(0)
    1
    """
    return n * n
doctest.run_docstring_examples(documented, {'documented': documented}, name='documented')


class Holder(object):
    """
    >>> Holder.twice(2)
    4
    """
    @staticmethod
    def twice(x):
        """
        >>> Holder.twice(5)
        10
        """
        return 2 * x
finder = doctest.DocTestFinder()
print [(t.name, len(t.examples)) for t in finder.find(Holder)]
print [t.name for t in finder.find(sys.modules['__main__'], 'main')]
import unittest
suite = doctest.DocTestSuite(sys.modules['__main__'])
res = unittest.TestResult()
suite.run(res)
print res.testsRun, len(res.failures), [str(t) for t, _ in res.failures]
print res.failures[0][1].splitlines()[0] if res.failures else None
print doctest.OPTIONFLAGS_BY_NAME['ELLIPSIS'], doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS
print doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG')
print doctest.testmod(verbose=False, report=False)
