# __import__ takes a unicode name that ASCII can encode (logging.config's
# dictConfig gets unicode class names from JSON)
import json
m = __import__(u'os.path', fromlist=['join'])
print m.__name__ in ('posixpath', 'os.path'), hasattr(m, 'join')
print __import__(u'json') is json
for bad in [u'\xe9t\xe9', 3, None]:
    try:
        __import__(bad)
    except Exception as e:
        print type(e).__name__, e
import logging, logging.config, sys
logging.config.dictConfig(json.loads(json.dumps({
    'version': 1,
    'formatters': {'f': {'format': '%(levelname)s ++ %(message)s'}},
    'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'f',
                       'stream': 'ext://sys.stdout'}},
    'root': {'level': 'WARNING', 'handlers': ['h']},
})))
logging.getLogger('x').warning('configured from JSON')
