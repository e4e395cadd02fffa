# array: the index of an assignment and the position of insert() are checked
# before the value; fromfile converts its count before it looks at the file;
# fromunicode checks its argument before the typecode.
import array
for code in 'ic':
  a = array.array(code, [1,2,3] if code == 'i' else 'abc')
  for args in [(None, 1), ('x', None), (2**63, None), (1.5, 1), (5, None), (5, 1), (-4, 1), (-3, 'x'), (2, 2**63)]:
    try: a[args[0]] = args[1]; print args, 'ok'
    except Exception as e: print args, type(e).__name__, e
  for args in [(None, 1), (2**63, 'x'), (1.5, 1), ('x', 1), (5, 'x')]:
    try: a.insert(*args); print 'insert', args, 'ok'
    except Exception as e: print 'insert', args, type(e).__name__, e
  for args in [(None, 1), (None, 2**63), (None, 'x'), (open('/dev/null'), 'x'), (None, 1.5)]:
    try: a.fromfile(*args); print 'fromfile', args[1:], 'ok'
    except Exception as e: print 'fromfile', args[1:], type(e).__name__, e
    try: a.read(*args); print 'read', args[1:], 'ok'
    except Exception as e: print 'read', args[1:], type(e).__name__, e
  for arg in [None, 'x', u'x']:
    try: a.fromunicode(arg); print 'fromunicode', repr(arg), 'ok'
    except Exception as e: print 'fromunicode', repr(arg), type(e).__name__, e
