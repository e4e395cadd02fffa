# csv dialect validation messages (str only, one character) and read-only
# dialect attributes; heapq's _nlargest/_nsmallest and heapreplace errors.
import csv
import heapq
import _csv

for kw in ({'delimiter': ':::'}, {'delimiter': ''}, {'delimiter': u','}, {'delimiter': 4},
           {'delimiter': None}, {'quotechar': "''"}, {'quotechar': 4}, {'quotechar': u'x'},
           {'quotechar': ''}, {'escapechar': 4}, {'escapechar': 'ab'}, {'escapechar': ''}):
    try:
        d = _csv.Dialect(**kw)
        print sorted(kw), 'ok', repr(d.quotechar), repr(d.escapechar)
    except TypeError as e:
        print sorted(kw), 'TypeError', e


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

print Semi().delimiter
Semi.delimiter = u';'
try:
    Semi()
except csv.Error as e:
    print 'csv.Error', e

d = csv.reader([]).dialect
for name in ('delimiter', 'quotechar', 'doublequote', 'quoting', 'strict', 'escapechar',
             'lineterminator', 'skipinitialspace'):
    for op in ('set', 'del'):
        try:
            if op == 'set':
                setattr(d, name, 'x')
            else:
                delattr(d, name)
        except (TypeError, AttributeError) as e:
            print name, op, type(e).__name__, e
print d.delimiter, d.doublequote, d.quoting, d.skipinitialspace, d.strict


data = [5, 1, 9, 3, 7, 2, 8]
print heapq._nlargest(3, data), heapq._nsmallest(2, data)
for args in ((None, None), ([], None)):
    try:
        heapq.heapreplace(*args)
    except (TypeError, IndexError) as e:
        print type(e).__name__
