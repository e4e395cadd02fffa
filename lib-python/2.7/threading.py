"""High-level threading: the Thread class and the synchronisation
primitives (Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event,
Timer, local), all built on the low-level `thread` module."""

import sys as _sys

try:
    import thread
except ImportError:
    # Don't leave a half-initialised module behind for the next importer.
    _sys.modules.pop(__name__)
    raise

try:
    from time import time as _time, sleep as _sleep
except ImportError:
    # No clock: timed waits degrade to a single non-blocking poll.
    _time = _sleep = None
from traceback import format_exc as _format_exc

__all__ = ['activeCount', 'active_count', 'Condition', 'currentThread',
           'current_thread', 'enumerate', 'Event', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Thread', 'Timer', 'setprofile',
           'settrace', 'local', 'stack_size']

_start_new_thread = thread.start_new_thread
_allocate_lock = thread.allocate_lock
_get_ident = thread.get_ident
ThreadError = thread.error
stack_size = thread.stack_size
del thread

# Hooks installed by setprofile()/settrace() into every new thread.
_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Use func as the profile function of threads started later."""
    global _profile_hook
    _profile_hook = func


def settrace(func):
    """Use func as the trace function of threads started later."""
    global _trace_hook
    _trace_hook = func


class _Verbose(object):
    # 2.7's debugging base class; its verbose argument is accepted and
    # ignored here.
    def __init__(self, verbose=None):
        pass

    def _note(self, *args):
        pass


def _remove_quietly(items, item):
    try:
        items.remove(item)
    except ValueError:
        pass


def _poll_until(deadline, attempt):
    """Call attempt() until it returns true or the clock passes deadline,
    sleeping a little longer each round (at most 50 ms).  The low-level
    lock has no timed acquire, so this is how timeouts are implemented."""
    pause = 0.0005
    while not attempt():
        left = deadline - _time()
        if left <= 0:
            return False
        pause = min(pause * 2, left, .05)
        _sleep(pause)
    return True


# -------------------------------------------------------------------- locks

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Factory for a reentrant lock: its owner may acquire it repeatedly
    and must release it the same number of times."""
    return _RLock(*args, **kwargs)


class _RLock(_Verbose):

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self.__owner = None         # ident of the holding thread
        self.__count = 0            # how many times it holds the lock
        self.__block = _allocate_lock()

    def __repr__(self):
        who = self.__owner
        if who in _active:
            who = _active[who].name
        return "<%s owner=%r count=%d>" % (type(self).__name__, who,
                                            self.__count)

    def acquire(self, blocking=1):
        caller = _get_ident()
        if caller == self.__owner:
            self.__count += 1
            return 1
        got = self.__block.acquire(blocking)
        if got:
            self.__owner, self.__count = caller, 1
        return got

    __enter__ = acquire

    def release(self):
        if _get_ident() != self.__owner:
            raise RuntimeError("cannot release un-acquired lock")
        self.__count -= 1
        if self.__count == 0:
            self.__owner = None
            self.__block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Condition.wait() must drop every level of ownership while it waits
    # and reinstate them afterwards; these two do that.
    def _release_save(self):
        saved = (self.__count, self.__owner)
        self.__owner, self.__count = None, 0
        self.__block.release()
        return saved

    def _acquire_restore(self, saved):
        self.__block.acquire()
        self.__count, self.__owner = saved

    def _is_owned(self):
        return _get_ident() == self.__owner


# --------------------------------------------------------------- condition

def Condition(*args, **kwargs):
    """Factory for a condition variable: threads wait() on it until some
    other thread holding the lock calls notify()."""
    return _Condition(*args, **kwargs)


class _Condition(_Verbose):

    def __init__(self, lock=None, verbose=None):
        _Verbose.__init__(self, verbose)
        if lock is None:
            lock = RLock()
        self.acquire, self.release = lock.acquire, lock.release
        self.__lock = lock
        # An RLock knows how to fully release and restore itself; for a
        # plain lock the fallbacks defined below are used.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            if hasattr(lock, hook):
                setattr(self, hook, getattr(lock, hook))
        self.__waiters = []

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self.__lock, len(self.__waiters))

    def __exit__(self, *args):
        return self.__lock.__exit__(*args)

    def __enter__(self):
        return self.__lock.__enter__()

    def _release_save(self):
        self.__lock.release()

    def _acquire_restore(self, x):
        self.__lock.acquire()

    def _is_owned(self):
        # Plain locks don't record an owner: treat "currently held" as
        # "held by us".
        if not self.__lock.acquire(0):
            return True
        self.__lock.release()
        return False

    def wait(self, timeout=None):
        """Give up the lock, sleep until notified or until timeout
        seconds have elapsed, then take the lock again."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter blocks on a private lock that notify() releases.
        gate = _allocate_lock()
        gate.acquire()
        self.__waiters.append(gate)
        saved = self._release_save()
        try:
            if timeout is None:
                gate.acquire()
                return
            if _time is None:
                gate.acquire(0)
            else:
                _poll_until(_time() + timeout, lambda: gate.acquire(0))
            _remove_quietly(self.__waiters, gate)
        finally:
            self._acquire_restore(saved)

    def notify(self, n=1):
        """Wake at most n of the threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for gate in self.__waiters[:n]:
            gate.release()
            _remove_quietly(self.__waiters, gate)

    def notifyAll(self):
        """Wake every thread waiting on this condition."""
        self.notify(len(self.__waiters))

    notify_all = notifyAll


# -------------------------------------------------------------- semaphores

def Semaphore(*args, **kwargs):
    """Factory for a counting semaphore: acquire() decrements the counter,
    waiting while it is zero; release() increments it."""
    return _Semaphore(*args, **kwargs)


class _Semaphore(_Verbose):

    def __init__(self, value=1, verbose=None):
        _Verbose.__init__(self, verbose)
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self.__value = value
        self.__cond = Condition(Lock())

    def acquire(self, blocking=1):
        with self.__cond:
            while not self.__value:
                if not blocking:
                    return False
                self.__cond.wait()
            self.__value -= 1
            return True

    __enter__ = acquire

    def release(self):
        with self.__cond:
            self.__value += 1
            self.__cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


def BoundedSemaphore(*args, **kwargs):
    """Factory for a semaphore whose counter may never be released above
    its starting value."""
    return _BoundedSemaphore(*args, **kwargs)


class _BoundedSemaphore(_Semaphore):

    def __init__(self, value=1, verbose=None):
        _Semaphore.__init__(self, value, verbose)
        self._initial_value = value

    def release(self):
        if self._Semaphore__value >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        return _Semaphore.release(self)


# ------------------------------------------------------------------- event

def Event(*args, **kwargs):
    """Factory for an event: a boolean flag that threads can wait on."""
    return _Event(*args, **kwargs)


class _Event(_Verbose):

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self.__flag = False
        self.__cond = Condition(Lock())

    def _reset_internal_locks(self):
        # used after fork(): the old lock may be held by a vanished thread
        self.__cond.__init__(Lock())

    def isSet(self):
        return self.__flag

    is_set = isSet

    def set(self):
        with self.__cond:
            self.__flag = True
            self.__cond.notify_all()

    def clear(self):
        with self.__cond:
            self.__flag = False

    def wait(self, timeout=None):
        """Wait until the flag is true or timeout expires; return the
        flag's value."""
        with self.__cond:
            if not self.__flag:
                self.__cond.wait(timeout)
            return self.__flag


# ----------------------------------------------------------------- threads

_counter = 0


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter

# Registry of live Thread objects, guarded by _active_limbo_lock.
_active_limbo_lock = _allocate_lock()
_active = {}    # thread ident -> Thread, once the thread is running
_limbo = {}     # Thread -> Thread, from start() until it is running


def _report_failure(thread, fallback_stream):
    stream = _sys and _sys.stderr
    if stream is None:
        stream = fallback_stream
    if stream is not None:
        print >> stream, ("Exception in thread %s:\n%s"
                          % (thread.name, _format_exc()))


class Thread(_Verbose):
    """A separate flow of control.  Either pass a callable as target (it
    is called with args and kwargs) or override run(); call start() once
    to launch it and join() to wait for it to end."""

    __initialized = False
    __exc_info = _sys.exc_info
    __exc_clear = _sys.exc_clear

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, verbose=None):
        assert group is None, "group argument must be None for now"
        _Verbose.__init__(self, verbose)
        self.__target = target
        self.__args = args
        self.__kwargs = {} if kwargs is None else kwargs
        self.__name = str(name or _newname())
        self.__daemonic = self._set_daemon()
        self.__ident = None
        self.__stopped = False
        self.__started = Event()
        self.__block = Condition(Lock())   # guards and signals __stopped
        self.__initialized = True
        # kept so a failure can still be reported during interpreter exit
        self.__stderr = _sys.stderr

    def _reset_internal_locks(self):
        if hasattr(self, '_Thread__block'):
            self.__block.__init__()
        self.__started._reset_internal_locks()

    def _set_daemon(self):
        # a new thread inherits the daemon flag of the thread creating it
        return current_thread().daemon

    @property
    def _block(self):
        return self.__block

    def _set_ident(self):
        self.__ident = _get_ident()

    def __repr__(self):
        assert self.__initialized, "Thread.__init__() was not called"
        if self.__stopped:
            status = "stopped"
        elif self.__started.is_set():
            status = "started"
        else:
            status = "initial"
        if self.__daemonic:
            status += " daemon"
        if self.__ident is not None:
            status = "%s %s" % (status, self.__ident)
        return "<%s(%s, %s)>" % (type(self).__name__, self.__name, status)

    def start(self):
        """Launch run() in a new thread; allowed only once per object."""
        if not self.__initialized:
            raise RuntimeError("thread.__init__() not called")
        if self.__started.is_set():
            raise RuntimeError("threads can only be started once")
        _active_limbo_lock.acquire()
        _limbo[self] = self
        _active_limbo_lock.release()
        try:
            _start_new_thread(self.__bootstrap, ())
        except Exception:
            # the thread never ran: take it out of limbo again
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self.__started.wait()

    def run(self):
        """What the thread does; by default calls the target."""
        target = self.__target
        try:
            if target:
                target(*self.__args, **self.__kwargs)
        finally:
            # drop the references so they don't outlive the thread's work
            del self.__target, self.__args, self.__kwargs

    def __bootstrap(self):
        try:
            self.__bootstrap_inner()
        except:
            # daemon threads may still run while the interpreter tears
            # the modules down; swallow errors caused by that
            if _sys is None and self.__daemonic:
                return
            raise

    def __bootstrap_inner(self):
        try:
            self._set_ident()
            self.__started.set()
            with _active_limbo_lock:
                del _limbo[self]
                _active[self.__ident] = self
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except SystemExit:
                pass
            except:
                _report_failure(self, self.__stderr)
            finally:
                self.__exc_clear()
        finally:
            with _active_limbo_lock:
                self.__stop()
                _active.pop(_get_ident(), None)

    def __stop(self):
        # _DummyThread objects have no __block
        if not hasattr(self, '_Thread__block'):
            return
        # acquire()/release() as attributes, not `with`: 2.7 calls them so,
        # and its tests replace the condition's acquire on the instance
        self.__block.acquire()
        try:
            self.__stopped = True
            self.__block.notify_all()
        finally:
            self.__block.release()

    def join(self, timeout=None):
        """Block until the thread ends, or for at most timeout seconds."""
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        elif not self.__started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        elif self is current_thread():
            raise RuntimeError("cannot join current thread")
        self.__block.acquire()      # (as in __stop)
        try:
            if timeout is None:
                while not self.__stopped:
                    self.__block.wait()
            elif _time is None:
                if not self.__stopped:
                    self.__block.wait(0)
            else:
                give_up_at = _time() + timeout
                while not self.__stopped:
                    left = give_up_at - _time()
                    if left <= 0:
                        break
                    self.__block.wait(left)
        finally:
            self.__block.release()

    def __check_init(self):
        assert self.__initialized, "Thread.__init__() not called"

    @property
    def name(self):
        self.__check_init()
        return self.__name

    @name.setter
    def name(self, name):
        self.__check_init()
        self.__name = str(name)

    @property
    def ident(self):
        self.__check_init()
        return self.__ident

    def isAlive(self):
        """True from the moment run() starts until it ends."""
        self.__check_init()
        return self.__started.is_set() and not self.__stopped

    is_alive = isAlive

    @property
    def daemon(self):
        self.__check_init()
        return self.__daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        elif self.__started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self.__daemonic = daemonic

    # the pre-2.6 accessor spellings
    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic


def Timer(*args, **kwargs):
    """Factory for a thread that calls function(*args, **kwargs) once
    interval seconds have passed, unless cancel() is called before."""
    return _Timer(*args, **kwargs)


class _Timer(Thread):

    def __init__(self, interval, function, args=[], kwargs={}):
        Thread.__init__(self)
        self.function, self.args, self.kwargs = function, args, kwargs
        self.interval = interval
        self.finished = Event()     # set once fired or cancelled

    def cancel(self):
        """Prevent the call if it has not happened yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        cancelled = self.finished.is_set()
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _register_current(thread):
    # Mark an already-running thread as started and record it as active.
    thread._Thread__started.set()
    thread._set_ident()
    with _active_limbo_lock:
        _active[_get_ident()] = thread


class _MainThread(Thread):
    """Stands for the thread the interpreter started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread")
        _register_current(self)

    def _set_daemon(self):
        return False

    def _exitfunc(self):
        """Run at interpreter exit: wait for every non-daemon thread."""
        self._Thread__stop()
        while True:
            pending = _pickSomeNonDaemonThread()
            if not pending:
                break
            pending.join()
        with _active_limbo_lock:
            _active.pop(_get_ident(), None)


def _pickSomeNonDaemonThread():
    for candidate in enumerate():
        if candidate.is_alive() and not candidate.daemon:
            return candidate
    return None


class _DummyThread(Thread):
    """Stands for a thread started outside this module; created on demand
    by current_thread().  It is daemonic and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"))
        # without __block, __stop() does nothing for this thread
        del self._Thread__block
        _register_current(self)

    def _set_daemon(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def currentThread():
    """Return the Thread object of the calling thread."""
    found = _active.get(_get_ident())
    if found is None:
        return _DummyThread()
    return found

current_thread = currentThread


def _enumerate():
    # like enumerate(), for callers that already hold the lock
    return _active.values() + _limbo.values()


def activeCount():
    """Return how many Thread objects are currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)

active_count = activeCount


def enumerate():
    """Return a list of the Thread objects currently alive."""
    with _active_limbo_lock:
        return _enumerate()

try:
    from thread import _local as local
except ImportError:
    from _threading_local import local

# Create the main thread's object now; the interpreter calls _shutdown()
# on exit to wait for non-daemon threads.
_shutdown = _MainThread()._exitfunc


def _after_fork():
    """Run in the child of os.fork(): only the thread that called fork()
    survives.  It gets fresh internal locks (another thread may have held
    them at the time of the fork); every other thread is marked stopped so
    that joining it returns at once."""
    global _active_limbo_lock
    _active_limbo_lock = _allocate_lock()
    current = _active.get(_get_ident())
    survivors = {}
    for thread in _active.values() + _limbo.values():
        thread._reset_internal_locks()
        if thread is current:
            thread._set_ident()
            survivors[_get_ident()] = thread
        else:
            thread._Thread__stop()
    _limbo.clear()
    _active.clear()
    _active.update(survivors)
