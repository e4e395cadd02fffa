# logging.handlers: buffering and memory handlers
import logging
import logging.handlers
import sys

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger('mem')
log.propagate = False
log.addHandler(mem)
log.setLevel(logging.DEBUG)
log.info('one')
log.info('two')
print 'buffered', len(mem.buffer)
log.info('three')
print 'after capacity', len(mem.buffer)
log.info('four')
log.error('boom')
print 'after error', len(mem.buffer)
log.info('five')
mem.close()
print mem.target, len(mem.buffer)
buf = logging.handlers.BufferingHandler(2)
log.removeHandler(mem)
log.addHandler(buf)
log.warning('a')
print len(buf.buffer), buf.buffer[0].getMessage()
log.warning('b')
print len(buf.buffer)
print logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT
