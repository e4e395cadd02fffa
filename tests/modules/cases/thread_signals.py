# signals and interrupt_main: Python handlers run in the main thread
import os, signal, thread, threading, time

def interrupter():
    time.sleep(0.01)
    thread.interrupt_main()
thread.start_new_thread(interrupter, ())
try:
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print 'KeyboardInterrupt in', threading.current_thread().name

seen = []
def handler(signum, frame):
    seen.append((signum, threading.current_thread().name))
signal.signal(signal.SIGUSR1, handler)
def sender():
    os.kill(os.getpid(), signal.SIGUSR1)
t = threading.Thread(target=sender)
t.start()
t.join()
deadline = time.time() + 5
while not seen and time.time() < deadline:
    pass
print seen == [(signal.SIGUSR1, 'MainThread')]

