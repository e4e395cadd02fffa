import crypt, syslog
print crypt.crypt('secret', 'ab'), crypt.crypt('secret', '$6$salt$')
print crypt.crypt('', 'zz'), crypt.crypt('x' * 20, 'ab') == crypt.crypt('x' * 8, 'ab')
for a in ((1, 'ab'), ('a',), ('a', None), ('a\0', 'ab')):
    try:
        crypt.crypt(*a)
    except TypeError as e:
        print 'TypeError', e
print crypt.crypt.__doc__.splitlines()[0]
print sorted(n for n in dir(syslog) if not n.startswith('_'))
print syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.LOG_UPTO(syslog.LOG_DEBUG)
print syslog.LOG_USER, syslog.LOG_LOCAL7, syslog.LOG_PID, syslog.LOG_ERR
old = syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_EMERG))
print old, syslog.setlogmask(0), syslog.setlogmask(old)
# with everything but LOG_EMERG masked the messages go nowhere
syslog.setlogmask(syslog.LOG_MASK(syslog.LOG_EMERG))
syslog.openlog('pypytest', syslog.LOG_PID, syslog.LOG_LOCAL0)
syslog.syslog('masked out')
syslog.syslog(syslog.LOG_DEBUG, 'masked out too')
for a in ((), (1, 2, 3), (1,), ('a', 'b'), (None,)):
    try:
        syslog.syslog(*a)
    except TypeError as e:
        print 'TypeError', e
try:
    syslog.openlog(ident=3)
except TypeError as e:
    print 'TypeError', e
syslog.closelog()
syslog.closelog()
syslog.setlogmask(old)
print 'done'
