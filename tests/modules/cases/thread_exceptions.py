# exceptions raised in threads: reported on stderr, other threads go on
import sys, thread, threading, time, re, StringIO

def capture(fn):
    saved = sys.stderr
    sys.stderr = buf = StringIO.StringIO()
    try:
        fn()
    finally:
        sys.stderr = saved
    text = re.sub(r'0x[0-9a-fA-F]+', 'ADDR', buf.getvalue())
    text = re.sub(r'File "[^"]*", line', 'File FILE, line', text)
    return text

def fail():
    raise ValueError('bad value')

def quit():
    sys.exit(3)

def run_raw():
    gate = thread.allocate_lock()
    gate.acquire()
    def body(fn):
        try:
            fn()
        finally:
            gate.release()
    thread.start_new_thread(body, (fail,))
    gate.acquire()
    time.sleep(0.05)      # the report is written after body returns
    thread.start_new_thread(body, (quit,))
    gate.acquire()
    time.sleep(0.05)

text = capture(run_raw)
print text.splitlines()[0]
print text.splitlines()[-1]
print 'SystemExit reported:', 'SystemExit' in text

def run_threading():
    t = threading.Thread(target=fail, name='failing')
    t.start()
    t.join()
    print 'alive after failure:', t.is_alive()
    t = threading.Thread(target=quit)
    t.start()
    t.join()

text = capture(run_threading)
lines = text.splitlines()
print lines[0]
print lines[-1]
print 'SystemExit reported:', 'SystemExit' in text

# an exception caught inside the thread stays there; sys.exc_info is per thread
seen = []
def catcher():
    try:
        raise KeyError('in thread')
    except KeyError:
        time.sleep(0.02)
        seen.append(repr(sys.exc_info()[1]))
try:
    raise IndexError('in main')
except IndexError:
    t = threading.Thread(target=catcher)
    t.start()
    t.join()
    print seen, repr(sys.exc_info()[1])
