# csv: dialect validation errors, reader edge cases, writer escaping
import _csv, csv, StringIO
def t(f):
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
t(lambda: csv.writer(StringIO.StringIO(), delimiter='ab'))
t(lambda: csv.writer(StringIO.StringIO(), delimiter=''))
print type(csv.writer(StringIO.StringIO(), quotechar=None)).__name__
print type(csv.writer(StringIO.StringIO(), quotechar=None, quoting=csv.QUOTE_NONE)).__name__
t(lambda: csv.writer(StringIO.StringIO(), lineterminator=None))
t(lambda: csv.writer(StringIO.StringIO(), quoting=7))
t(lambda: csv.writer(StringIO.StringIO(), bogus=1))
t(lambda: csv.writer(StringIO.StringIO()).writerow(1))
t(lambda: csv.writer(StringIO.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
t(lambda: csv.reader(1))
t(lambda: csv.get_dialect('nope'))
t(lambda: csv.register_dialect(1))
t(lambda: csv.field_size_limit('x'))
t(lambda: list(csv.reader(['a\0b'])))
t(lambda: list(csv.reader(['a\rb'])))
t(lambda: list(csv.reader(['"a"b'], strict=True)))
t(lambda: list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC)))
o = StringIO.StringIO(); w = csv.writer(o); print w.writerow(['']), w.writerow([]), w.writerow([None, u'u', 3L, True]), repr(o.getvalue())
d = csv.get_dialect('excel'); print type(d).__name__, d.delimiter, d.quoting, d.doublequote, repr(d.escapechar), repr(d.lineterminator), d.skipinitialspace, d.strict
r = csv.reader([]); print type(r).__name__, r.dialect.delimiter, r.line_num
print list(csv.reader(['a,"b\n', 'c",d']))
print list(csv.reader(['a,b\r\n', 'c\n']))
print list(csv.reader(['"x" ,y'])), list(csv.reader(['a,"",b'])), list(csv.reader([',']))
o = StringIO.StringIO(); csv.writer(o, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a\\b', 'c"d', 'e,f']); print repr(o.getvalue())
o = StringIO.StringIO(); csv.writer(o, doublequote=False, escapechar='\\').writerow(['c"d', 'e']); print repr(o.getvalue())
t(lambda: csv.writer(StringIO.StringIO(), doublequote=False).writerow(['c"d']))
print csv.__version__, _csv.__version__
s = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'x;y\n1;2\n3;4\n', '"a","b"\n"c","d"\n', "'q' :'r'\n's' :'t'\n", 'a\tb\n1\t2\n']:
    d = s.sniff(sample)
    print repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, d.doublequote
print s.has_header('a,b\n1,2\n3,4\n'), s.has_header('1,2\n3,4\n5,6\n')
try:
    s.sniff('abc\n')
except csv.Error as e:
    print 'csv.Error', e
dr = csv.DictReader(['x,y', '1', '', '2,3,4'], restkey='rest', restval='-')
print [sorted(r.items()) for r in dr], dr.line_num
try:
    csv.DictWriter(StringIO.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print 'ValueError', e
o = StringIO.StringIO()
csv.DictWriter(o, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})
print repr(o.getvalue())
print csv.field_size_limit(10), csv.field_size_limit()
try:
    list(csv.reader(['a' * 11]))
except csv.Error as e:
    print 'csv.Error', e
