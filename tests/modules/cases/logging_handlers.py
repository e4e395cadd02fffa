# logging: file handlers, formatters, extra fields, exceptions, adapters, levels
import logging
import sys

log = logging.getLogger('t')
log.setLevel(logging.DEBUG)
fh = logging.FileHandler('out.log', 'w')
fh.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(funcName)s|%(user)s|%(message)s'))
log.addHandler(fh)


def work():
    log.info('hello %(who)s', {'who': 'dict'}, extra={'user': 'ann'})
    log.debug('plain', extra={'user': 'bob'})
work()
try:
    log.info('bad', extra={'message': 'x'})
except KeyError as e:
    print 'KeyError', e
fh.close()
log.removeHandler(fh)
print open('out.log').read(),


class Short(logging.Formatter):
    def formatException(self, ei):
        return logging.Formatter.formatException(self, ei).replace(__file__, 'F')
sh = logging.StreamHandler(sys.stdout)
sh.setFormatter(Short('%(levelname)s %(message)s'))
log.addHandler(sh)
log.propagate = False
try:
    {}['k']
except KeyError:
    log.exception('failed')
child = log.getChild('sub')
print child.name, child.parent is log, child.getEffectiveLevel()
child.warning('from child %d', 7)
ad = logging.LoggerAdapter(log, {'ctx': 1})
ad.warning('adapted %s', 'msg')
print ad.isEnabledFor(logging.DEBUG)
log.log(5, 'below debug')
log.setLevel('ERROR')
print log.level, log.isEnabledFor(logging.WARNING)
try:
    log.setLevel('NOPE')
except ValueError as e:
    print 'ValueError', e
try:
    log.log('x', 'y')
except TypeError as e:
    print 'TypeError', e
log.disabled = 1
log.critical('not shown')
log.disabled = 0
log.critical('shown again')
print logging.getLevelName(logging.WARN), logging.getLevelName('WARN'), logging.getLevelName(5)
r = logging.makeLogRecord({'msg': 'made %s', 'args': ('up',), 'levelname': 'X'})
print r.getMessage(), r.levelname, str(logging.LogRecord('n', 10, '/a/b.py', 3, 'm', (), None))
bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print bf.format([r, r])
f = logging.Filter('a.b')
print [f.filter(logging.LogRecord(n, 10, 'p', 1, 'm', (), None)) for n in ['a', 'a.b', 'a.bc', 'a.b.c']]
nh = logging.NullHandler()
print nh.handle(r), nh.lock
h = logging.Handler()
h.set_name('named')
print h.name, h.get_name(), h.level
try:
    h.emit(r)
except NotImplementedError as e:
    print 'NotImplementedError', e
