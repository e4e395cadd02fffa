# resource: limits and usage (stable facts only)
import resource

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print soft > 0, hard >= soft
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard))
print resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print resource.getrlimit(resource.RLIMIT_CORE)[1] in (-1, 0) or True
r = resource.getrusage(resource.RUSAGE_SELF)
print type(r).__name__, len(r), type(r.ru_utime), r.ru_maxrss > 0, r[2] == r.ru_maxrss
print repr(r).startswith('resource.struct_rusage(ru_utime=')
print resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap
print resource.getpagesize() > 0, resource.RLIM_INFINITY
for args in [(resource.getrlimit, 99), (resource.getrusage, 5)]:
    try:
        args[0](args[1])
    except ValueError as e:
        print 'ValueError', e
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3))
except ValueError as e:
    print 'ValueError', e
print resource.error.__name__, issubclass(resource.error, Exception)
print resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN
