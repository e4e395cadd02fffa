# os.environ reflects the process environment at run time and
# putenv/unsetenv reach child processes
import os
import sys

print type(os.environ).__name__, isinstance(os.environ['PATH'], str)
print os.environ.get('PYPY_TEST_UNSET_VAR'), os.getenv('PYPY_TEST_UNSET_VAR', 'd')
os.environ['PYPY_T1'] = 'one'
print os.environ['PYPY_T1'], 'PYPY_T1' in os.environ, os.environ.has_key('PYPY_T1')
sys.stdout.flush()
os.system('echo child sees $PYPY_T1')
del os.environ['PYPY_T1']
sys.stdout.flush()
os.system('echo child sees "[$PYPY_T1]"')
os.putenv('PYPY_T2', 'two')
print os.environ.get('PYPY_T2')
sys.stdout.flush()
os.system('echo put $PYPY_T2')
os.unsetenv('PYPY_T2')
sys.stdout.flush()
os.system('echo unset "[$PYPY_T2]"')
os.environ.update(PYPY_A='a', PYPY_B='b')
print sorted(k for k in os.environ.keys() if k.startswith('PYPY_'))
print os.environ.pop('PYPY_A'), os.environ.pop('PYPY_A', 'gone')
print os.environ.setdefault('PYPY_B', 'x'), os.environ.setdefault('PYPY_C', 'c')
c = os.environ.copy()
print type(c).__name__, c['PYPY_C']
import posix
print posix.environ is os.environ.data
try:
    os.putenv('A=B', 'x')
except ValueError as e:
    print 'ValueError', e
try:
    os.environ['X'] = 1
except TypeError as e:
    print 'TypeError'
