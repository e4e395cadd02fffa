# HtmlDiff: side-by-side tables and pages, byte for byte as 2.7 makes them.
import difflib

def show(title, text):
    print '==== %s (%d chars)' % (title, len(text))
    print text

old = ['one\n', 'two\n', '\tindented\tline\n', 'three & <four>\n', 'five\n',
       'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
new = ['one\n', 'TWO\n', '    indented\tline\n', 'three & <four>\n', 'inserted\n',
       'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten!\n', 'twelve\n',
       'thirteen\n']

show('plain table', difflib.HtmlDiff().make_table(old, new))
show('descs', difflib.HtmlDiff(tabsize=4).make_table(old, new, 'old\tfile', 'new'))
show('context 2', difflib.HtmlDiff().make_table(old, new, context=True, numlines=2))
show('context 0', difflib.HtmlDiff().make_table(old, new, context=True, numlines=0))
show('numlines 0', difflib.HtmlDiff().make_table(old, new, numlines=0))
show('wrapped', difflib.HtmlDiff(wrapcolumn=6).make_table(
    ['a rather long line that needs wrapping\n', 'short\n', 'gone entirely, long too\n'],
    ['a rather LONG line that needs wrapping!\n', 'short\n']))
show('empty', difflib.HtmlDiff().make_table([], []))
show('empty context', difflib.HtmlDiff().make_table([], [], context=True))
show('same context', difflib.HtmlDiff().make_table(['x\n'] * 3, ['x\n'] * 3, context=True))
show('one side empty', difflib.HtmlDiff().make_table([], ['new\n', '\n']))
show('deleted run', difflib.HtmlDiff().make_table(
    ['a\n', 'b\n', 'c\n', 'd\n', 'e\n'], ['a\n', 'e\n', 'f\n']))
show('junk', difflib.HtmlDiff(linejunk=difflib.IS_LINE_JUNK, charjunk=None).make_table(
    ['#\n', 'x = 1\n', '\n', 'y = 2\n'], ['x = 10\n', '\n', '#\n', 'y = 2\n']))
u = difflib.HtmlDiff(wrapcolumn=8).make_table(
    [u'caf\xe9 au lait\n', u'\u4e2d\u6587\n'], [u'caf\xe8 au lait\n', u'\u4e2d\u6587\u5b57\n'])
print type(u).__name__
show('unicode', u.encode('utf-8'))
show('file', difflib.HtmlDiff(tabsize=2, wrapcolumn=20).make_file(
    old[:5], new[:6], 'from', 'to', context=True, numlines=1))
