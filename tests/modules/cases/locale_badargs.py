# _locale: categories and keys are C ints; bindtextdomain parses both of its
# arguments before it refuses an empty domain (with locale.Error)
import _locale
for f, a in [(_locale.bindtextdomain, ('', None)), (_locale.bindtextdomain, ('', -1)),
             (_locale.bindtextdomain, ('', u'\udc80')), (_locale.nl_langinfo, (2 ** 31,)),
             (_locale.setlocale, (2 ** 31,)), (_locale.setlocale, (-2 ** 63, None)),
             (_locale.setlocale, (2 ** 31, 'x')), (_locale.nl_langinfo, ('x',))]:
    try:
        f(*a)
        print f.__name__, a, 'ok'
    except Exception as e:
        print f.__name__, a, type(e).__name__, e
