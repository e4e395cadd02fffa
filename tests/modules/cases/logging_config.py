# logging.config: fileConfig and dictConfig (formatters, handlers, filters,
# loggers, incremental updates, cfg:// and ext:// references, errors)
import logging
import logging.config
import sys
from StringIO import StringIO

out = StringIO()
sys.modules['__main__'].out = out
FILE_CONFIG = """
[loggers]
keys=root,parsed

[handlers]
keys=hand1

[formatters]
keys=form1

[logger_root]
level=WARNING
handlers=hand1

[logger_parsed]
level=DEBUG
handlers=
propagate=1
qualname=compiler.parser

[handler_hand1]
class=StreamHandler
level=NOTSET
formatter=form1
args=(sys.modules['__main__'].out,)

[formatter_form1]
format=%(levelname)s ++ %(name)s ++ %(message)s
datefmt=
"""
old = logging.getLogger('old.one')
child = logging.getLogger('compiler.parser.child')
logging.config.fileConfig(StringIO(FILE_CONFIG))
logging.getLogger('compiler.parser').info('parsed info')
logging.getLogger().warning('root warning')
logging.getLogger().info('root info (dropped)')
child.error('child error')
old.error('old error (disabled)')
print old.disabled, child.disabled, logging.getLogger('compiler.parser').level
print out.getvalue()
out.truncate(0)


class OnlyA(logging.Filter):
    def filter(self, record):
        return record.getMessage().startswith('a')

config = {
    'version': 1,
    'formatters': {'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
                   'custom': {'()': 'logging.Formatter', 'fmt': '<%(message)s>'}},
    'filters': {'only_a': {'()': OnlyA}, 'by_name': {'name': 'app.sub'}},
    'handlers': {'h1': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'level': 'INFO',
                        'stream': 'ext://__main__.out'},
                 'h2': {'class': 'logging.StreamHandler', 'formatter': 'custom', 'stream': 'cfg://extra.stream',
                        'filters': ['only_a']},
                 'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'h1'}},
    'extra': {'stream': out},
    'loggers': {'app': {'handlers': ['h1', 'h2'], 'level': 'DEBUG', 'propagate': False},
                'app.sub': {'filters': ['by_name'], 'handlers': ['mem']}},
    'root': {'level': 'ERROR'},
}
logging.config.dictConfig(config)
app = logging.getLogger('app')
app.debug('debug dropped by h1')
app.info('abc info')
app.info('xyz info')
logging.getLogger('app.sub').warning('a sub warning')
logging.getLogger('app.sub').warning('second sub warning')
print out.getvalue()
out.truncate(0)
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'h1': {'level': 'ERROR'}},
                           'loggers': {'app': {'level': 'WARNING'}}})
app.warning('abc warning after incremental')
app.error('abc error after incremental')
print out.getvalue()
print logging.getLogger('app').level, logging.getLogger('app').propagate

for bad in [{}, {'version': 2}, {'version': 1, 'handlers': {'x': {'class': 'no.such.Class'}}},
            {'version': 1, 'formatters': {'f': {'()': 'no_module_here.F'}}},
            {'version': 1, 'loggers': {'q': {'handlers': ['missing']}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}},
            {'version': 1, 'root': {'level': 'LOUD'}},
            {'version': 1, 'incremental': True, 'handlers': {'zz': {}}}]:
    try:
        logging.config.dictConfig(bad)
        print 'ok'
    except Exception as e:
        print type(e).__name__, str(e)[:90]
print logging.config.valid_ident('abc')
try:
    logging.config.valid_ident('1abc')
except ValueError as e:
    print e
c = logging.config.BaseConfigurator({'a': {'b': [10, {'c': 'deep'}]}})
print c.convert('cfg://a.b[1].c'), c.convert('cfg://a[b][0]'), c.convert('ext://sys.maxint') == sys.maxint
print c.convert('plain'), type(c.convert([1])).__name__, c.as_tuple([1, 2])
print logging.config.DEFAULT_LOGGING_CONFIG_PORT, logging.config.RESET_ERROR
