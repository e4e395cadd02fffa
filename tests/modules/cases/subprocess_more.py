# subprocess: environment, cwd, stdin from a file, stderr to stdout, errors
import os
import subprocess
import sys

sys.stdout.flush()
with open('in.txt', 'w') as f:
    f.write('3\n1\n2\n')
with open('in.txt') as f:
    print repr(subprocess.check_output(['sort'], stdin=f))
os.mkdir('sub')
print subprocess.check_output('pwd', shell=True, cwd='sub').strip().endswith('/sub')
print repr(subprocess.check_output(['sh', '-c', 'echo $A$B'], env={'A': 'x', 'B': 'y'}))
print repr(subprocess.check_output(['sh', '-c', 'echo out; echo err 1>&2'], stderr=subprocess.STDOUT))
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; exit 3'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print p.communicate('hello\n'), p.returncode, p.poll()
p = subprocess.Popen(['sleep', '5'])
print p.poll()
p.terminate()
print p.wait(), p.returncode
p = subprocess.Popen(['sh', '-c', 'exit 0'], stdout=subprocess.PIPE)
print p.communicate(), p.returncode
big = 'x' * 200000
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(big)
print len(out), out == big
p = subprocess.Popen(['sh', '-c', 'printf "a\\r\\nb\\rc"'], stdout=subprocess.PIPE, universal_newlines=True)
print repr(p.communicate()[0])
try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print 'ValueError', e
try:
    subprocess.Popen(['/etc/passwd'])
except OSError as e:
    print 'OSError', e.errno, e.strerror
try:
    subprocess.call('x', cwd='/nonexistent_dir_q')
except OSError as e:
    print 'OSError', e.errno
e = subprocess.CalledProcessError(3, 'cmd', 'out')
print e.returncode, e.cmd, e.output, str(e)
print subprocess.call(['sh', '-c', 'exit 1'], stdout=open(os.devnull, 'w'))
print subprocess.list2cmdline(['ab', 'a\\\\"b', 'x\\', 'tab\there'])
f = os.popen('echo popen; exit 2')
print repr(f.read()), f.close()
f = os.popen('cat > popen_out.txt', 'w')
f.write('written\n')
print f.close(), open('popen_out.txt').read(),
