# fork and subprocesses while other threads run
import os, sys, threading, subprocess, time

stop = threading.Event()
held = threading.Lock()
def busy():
    with held:
        stop.wait()
t = threading.Thread(target=busy, name='busy')
t.start()
while not held.locked():
    time.sleep(0.001)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    names = sorted(th.name for th in threading.enumerate())
    msg = '%s %s %d' % (threading.current_thread().name, names, threading.active_count())
    os.write(w, msg)
    os._exit(0)
os.close(w)
print os.read(r, 200)
os.close(r)
print os.waitpid(pid, 0)[1]
stop.set()
t.join()

# subprocess pipes from several threads at once
outs = {}
def run(n):
    p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; sleep 0.05; echo done'],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out, err = p.communicate('line%d\n' % n)
    outs[n] = (out, p.returncode)
ts = [threading.Thread(target=run, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print sorted(outs.items())
print threading.active_count()
