# distutils basics: version classes, util, spawn, dep_util, log, errors
import os, sys, tempfile, time
from distutils import log, util, spawn, dep_util, errors, version
from distutils.version import StrictVersion, LooseVersion
import distutils
print distutils.__version__
for v in ['1.0', '1.0.4b1', '2.7.18', '0.4', '1.0a1']:
    print repr(StrictVersion(v)), str(StrictVersion(v)), StrictVersion(v).version, StrictVersion(v).prerelease
try: StrictVersion('1')
except ValueError as e: print e
print StrictVersion('1.0.4b1') < StrictVersion('1.0.4'), StrictVersion('1.0') == '1.0.0', StrictVersion('1.2a2') > '1.2a1'
for v in ['1.5.2b2', '3.10a', '2g6', '161', '8.02', '1.13++', '2.0b1pl0']:
    print repr(LooseVersion(v)), LooseVersion(v).version
print LooseVersion('1.10') > LooseVersion('1.9'), LooseVersion('2.0b1') < '2.0'
print util.split_quoted('a "b c" d\\ e \'f g\'h'), util.strtobool('YES'), util.strtobool('off')
try: util.strtobool('maybe')
except ValueError as e: print e
print util.convert_path('a/b/./c'), util.change_root('/root', '/usr/lib'), util.change_root('/root', 'rel/x')
print util.subst_vars('$a and ${b}x $a', {'a': 1, 'b': 'B'}) if False else util.subst_vars('$a and $b', {'a': 1, 'b': 'B'})
try: util.subst_vars('$nope_zz_var', {})
except ValueError as e: print e
print repr(util.rfc822_escape('a\nb\nc')), util.get_platform()
print spawn.find_executable('sh') is not None, spawn.find_executable('no-such-prog-zz')
spawn.spawn(['true'])
try: spawn.spawn(['false'])
except errors.DistutilsExecError as e: print e
try: spawn.spawn(['no-such-prog-zz'])
except errors.DistutilsExecError as e: print e
d = tempfile.mkdtemp()
a = os.path.join(d, 'a'); b = os.path.join(d, 'b')
open(a, 'w').close()
print dep_util.newer(a, b), dep_util.newer_group([a], b)
os.utime(a, (1000, 1000)); open(b, 'w').close()
print dep_util.newer(a, b), dep_util.newer_group([a], b), dep_util.newer_pairwise([a], [b])
try: dep_util.newer(os.path.join(d, 'zz'), b)
except errors.DistutilsFileError as e: print 'DistutilsFileError'
print dep_util.newer_group([os.path.join(d, 'zz')], b, missing='newer'), dep_util.newer_group([os.path.join(d, 'zz')], b, missing='ignore')
print log.set_threshold(log.INFO), log.set_threshold(log.WARN)
log.set_verbosity(1); log.info('info %s', 'shown'); log.debug('hidden')
log.set_verbosity(0); log.info('hidden')
try: log.log(9, 'x')
except ValueError as e: print e
print [c.__name__ for c in (errors.DistutilsExecError.__bases__[0], errors.CompileError.__bases__[0], errors.CCompilerError.__bases__[0])]
util.execute(sys.stdout.write, ('executed\n',))
