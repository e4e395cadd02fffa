# subprocess corner cases: signals reaching a sleeping child, the child's
# traceback, invalid environments, closed standard fds, inherited pipes.
import os, signal, subprocess, sys

p = subprocess.Popen([sys.executable, "-c", "import sys, time\nsys.stdout.write('x')\nsys.stdout.flush()\ntime.sleep(30)\n"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, close_fds=True)
p.stdout.read(1)
p.send_signal(signal.SIGINT)
out, err = p.communicate()
print err.splitlines()[-1], p.wait() != 0

try:
    subprocess.Popen([sys.executable, "-c", "pass"], cwd="/nonexistent/dir")
except OSError as e:
    print 'OSError', e.errno, 'os.chdir' in e.child_traceback

for env in [{"A\0B": "x"}, {"A": "x\0y"}, {"A=B": "x"}]:
    try:
        subprocess.Popen([sys.executable, "-c", "pass"], env=env)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
print subprocess.Popen([sys.executable, "-c", "import os; print os.environ['F']"],
                       env={"F": "a=b"}, stdout=subprocess.PIPE).communicate()[0].strip()

for fds in ([0], [1], [0, 1], [0, 1, 2]):
    saved = [os.dup(fd) for fd in fds]
    try:
        for fd in fds:
            os.close(fd)
        r = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdout.write('apple'); sys.stderr.write('orange')"],
                             stdin=saved[0] if fds[0] == 0 else 0,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE).communicate()
    finally:
        for s, fd in zip(saved, fds):
            os.dup2(s, fd)
            os.close(s)
    print fds, r

p1 = subprocess.Popen([sys.executable, "-c", "import os; os.read(0, 1)"],
                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
code = "import os, sys\nfor fd in %r:\n    try: os.close(fd)\n    except OSError: pass\n    else: sys.exit(1)\n" % [
    f.fileno() for f in (p1.stdin, p1.stdout, p1.stderr)]
p2 = subprocess.Popen([sys.executable, "-c", code], close_fds=False)
p1.communicate('x')
print 'inherited pipes closed:', p2.wait() == 0
