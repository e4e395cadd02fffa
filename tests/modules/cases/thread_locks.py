# thread: locks, their errors, and the module's argument checking
import thread

lock = thread.allocate_lock()
print type(lock) is thread.LockType, thread.LockType.__name__
print lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire(False)
lock.release()
print lock.locked(), lock.acquire(1), lock.locked()
lock.release()
try:
    lock.release()
except thread.error as e:
    print 'error:', e, issubclass(thread.error, Exception)
with lock as value:
    print 'inside with', value, lock.locked()
print 'after with', lock.locked()
try:
    with lock:
        raise KeyError('x')
except KeyError:
    print 'released on exception:', not lock.locked()
# the aliases
print lock.acquire_lock(), lock.locked_lock()
lock.release_lock()
print thread.allocate().locked()
# start_new_thread's argument checks
for args in [(len,), (1, ()), (len, [1]), (len, (1,), [])]:
    try:
        thread.start_new_thread(*args)
    except TypeError as e:
        print 'TypeError:', e
print thread.stack_size()
for size in [-1, 100]:
    try:
        thread.stack_size(size)
    except ValueError as e:
        print 'ValueError:', e
print thread.stack_size(65536), thread.stack_size(), thread.stack_size(0)
print type(thread.get_ident()) in (int, long), thread.get_ident() == thread.get_ident()
try:
    thread.exit()
except SystemExit as e:
    print 'exit raises SystemExit', e.args
