# pdb: `python -m pdb script` driven by a script of commands on stdin
# (breakpoints, stepping, listing, printing, the stack, aliases, commands,
# post-mortem), and Pdb used in-process with its own stdin/stdout.
import os
import subprocess
import sys
from StringIO import StringIO

MAIN = '''\
import sys
def add(a, b):
    c = a + b
    return c

def main():
    x = add(1, 2)
    y = add(x, 10)
    print 'result', y
    return y

main()
print 'done'
'''

CRASH = '''\
def divide(a, b):
    return a / b
print 'before'
divide(1, 0)
'''


def show(output):
    # paths depend on where the case runs; the debugger's own frames
    # (bdb.py) on the library's line numbers
    here = os.path.dirname(os.path.abspath(__file__))
    output = output.replace(here + os.sep, '').replace(os.getcwd() + os.sep, '')
    lines = output.splitlines()
    keep = []
    skip_next = False
    for line in lines:
        if skip_next:
            skip_next = False
            if line.startswith('-> ') or line.startswith('    '):
                continue
        if 'bdb.py' in line or 'pdb.py' in line or (line.startswith('  File "crash.py"') and 'divide' not in line):
            skip_next = True
            continue
        keep.append(line)
    print '\n'.join(keep)


def debug(filename, source, commands):
    with open(filename, 'w') as f:
        f.write(source)
    p = subprocess.Popen([sys.executable, '-m', 'pdb', filename], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.communicate(''.join(line + '\n' for line in commands))[0]
    show(out)
    print 'exit', p.returncode
    print '=' * 20

debug('main.py', MAIN, [
    'list', 'break add', 'break', 'continue', 'where', 'args', 'p a + b', 'next', 'next',
    'next', 'p c', 'retval', 'up', 'p x', 'down', 'step', 'step', 'step', 'tbreak 9',
    'continue', 'whatis add', 'whatis 3', 'alias pa p a', 'alias', 'pa', 'unalias pa',
    'clear 1', 'break 99', 'break nosuchname', 'break 5', 'l 1, 3', 'p undefined',
    '!z = 5', 'p z', 'z * 2', 'n ;; p y', 'c', 'quit'])
debug('main.py', MAIN, [
    'break 3', 'break 8, x > 100', 'condition 1 a == 3', 'ignore 1 0', 'disable 2',
    'break', 'commands 1', 'silent', 'p "in add", a', 'end', 'c', 'p a', 'enable 2',
    'condition 2', 'clear 1', 'c', 'bt', 'c', 'q'])
debug('crash.py', CRASH, ['c', 'p a, b', 'args', 'q'])
debug('main.py', MAIN, ['until', 'until', 'return', 'r', 'q'])

# in-process, with explicit streams
import pdb


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

out = StringIO()
debugger = pdb.Pdb(stdin=StringIO('s\nn\nn\np total, i\nc\n'), stdout=out)
print debugger.runcall(work, 3)
show(out.getvalue())
out = StringIO()
debugger = pdb.Pdb(stdin=StringIO('p n\nretval\nc\n'), stdout=out)
print debugger.runeval('work(4)', globals())
show(out.getvalue())
try:
    pdb.post_mortem()
except ValueError as e:
    print e
