"""Worker pools: Pool runs tasks in forked processes, ThreadPool in threads.

Both share one design: submitted work is cut into chunks and put on a task
queue as (job, chunk_index, func, arg_tuples); each worker answers with
(job, chunk_index, (ok, values_or_exception)) on a result queue, and a
collector thread in the parent hands each answer to the waiting result object.
"""

import itertools
import threading
import Queue as _queue

from multiprocessing import TimeoutError

__all__ = ['Pool', 'ThreadPool']

RUN, CLOSE, TERMINATE = 0, 1, 2

_job_numbers = itertools.count()


def _star(func, args):
    return func(*args)


def worker(get_task, put_result, initializer=None, initargs=(), maxtasks=None):
    """Loop in a worker: run chunks until the None sentinel (or maxtasks)."""
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        try:
            task = get_task()
        except (EOFError, IOError, OSError):
            break
        if task is None:
            break
        job, index, func, chunk, starred = task
        try:
            if starred:
                values = [func(*a) for a in chunk]
            else:
                values = [func(a) for a in chunk]
            answer = (True, values)
        except Exception as e:
            answer = (False, e)
        try:
            put_result((job, index, answer))
        except Exception as e:
            # The value (or exception) would not pickle: report that instead.
            put_result((job, index, (False, _unpicklable(e))))
        done += 1


def _unpicklable(err):
    return MaybeEncodingError(repr(err))


class MaybeEncodingError(Exception):
    """A worker's result could not be sent back to the parent."""


def _chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


class ApplyResult(object):
    """The future returned by apply_async (one chunk holding one call)."""

    def __init__(self, pool, callback):
        self._pool = pool
        self._job = next(_job_numbers)
        self._cond = threading.Condition(threading.Lock())
        self._ready = False
        self._callback = callback
        pool._pending[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self._ready:
            raise AssertionError
        return self._ok

    def wait(self, timeout=None):
        with self._cond:
            if not self._ready:
                self._cond.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._ready:
            raise TimeoutError
        if self._ok:
            return self._value
        raise self._value

    def _deliver(self, index, answer):
        ok, values = answer
        self._ok = ok
        self._value = values[0] if ok else values
        self._finish()

    def _finish(self):
        if self._callback is not None and self._ok:
            self._callback(self._value)
        with self._cond:
            self._ready = True
            self._cond.notify_all()
        self._pool._pending.pop(self._job, None)


class MapResult(ApplyResult):
    """map_async: gathers every chunk; the first failure wins."""

    def __init__(self, pool, nchunks, length, callback):
        ApplyResult.__init__(self, pool, callback)
        self._parts = [None] * nchunks
        self._left = nchunks
        self._ok = True
        self._value = []
        if nchunks == 0:
            self._finish()

    def _deliver(self, index, answer):
        ok, values = answer
        if not ok and self._ok:
            self._ok = False
            self._value = values
        self._parts[index] = values
        self._left -= 1
        if self._left == 0:
            if self._ok:
                self._value = [v for part in self._parts for v in part]
            self._parts = None
            self._finish()


class IMapIterator(object):
    """imap: yields results in submission order as they arrive."""

    def __init__(self, pool, ordered):
        self._pool = pool
        self._job = next(_job_numbers)
        self._cond = threading.Condition(threading.Lock())
        self._ordered = ordered
        self._waiting = {}      # chunk index -> answer, not yet yielded in order
        self._ready = []        # answers in yield order
        self._next_index = 0
        self._total = None      # number of chunks once all are submitted
        self._received = 0
        pool._pending[self._job] = self

    def __iter__(self):
        return self

    def _set_total(self, total):
        with self._cond:
            self._total = total
            self._cond.notify_all()
            if self._received == total:
                self._pool._pending.pop(self._job, None)

    def _deliver(self, index, answer):
        with self._cond:
            self._received += 1
            if self._ordered:
                self._waiting[index] = answer
                while self._next_index in self._waiting:
                    self._ready.append(self._waiting.pop(self._next_index))
                    self._next_index += 1
            else:
                self._ready.append(answer)
            self._cond.notify_all()
            if self._received == self._total:
                self._pool._pending.pop(self._job, None)

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._ready:
                    ok, values = self._ready[0]
                    if not ok:
                        self._ready.pop(0)
                        raise values
                    if values:
                        return values.pop(0)
                    self._ready.pop(0)
                    continue
                if self._total is not None and self._received == self._total:
                    raise StopIteration
                self._cond.wait(timeout)
                if timeout is not None and not self._ready:
                    raise TimeoutError

    __next__ = next


class Pool(object):
    """A pool of worker processes (forked; tasks travel pickled over pipes)."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None):
        if processes is None:
            from multiprocessing import cpu_count
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not hasattr(initializer, '__call__'):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._pending = {}
        self._state = RUN
        self._setup_queues()
        self._pool = []
        for i in range(processes):
            self._pool.append(self._start_worker(initializer, initargs,
                                                 maxtasksperchild))
        self._collector = threading.Thread(target=self._collect)
        self._collector.daemon = True
        self._collector.start()

    # -- hooks the thread pool overrides -------------------------------------
    def _setup_queues(self):
        from multiprocessing.queues import SimpleQueue
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        self._put_task = self._inqueue.put
        self._get_result = self._next_answer

    def _next_answer(self):
        # The collector is the only reader, so it needs no read lock.  It
        # polls so that terminate() can stop it without writing: a worker
        # killed in the middle of a put may leave the write lock held.
        reader = self._outqueue._reader
        while not reader.poll(0.05):
            if self._state == TERMINATE:
                return None
        return reader.recv()

    def _start_worker(self, initializer, initargs, maxtasks):
        from multiprocessing.process import Process
        p = Process(target=worker,
                    args=(self._inqueue.get, self._outqueue.put,
                          initializer, initargs, maxtasks))
        p.name = p.name.replace('Process', 'PoolWorker')
        p.daemon = True
        p.start()
        return p

    def _stop_collector(self):
        if self._state != TERMINATE:
            self._outqueue.put(None)

    def _kill_workers(self):
        for p in self._pool:
            if p.exitcode is None:
                p.terminate()

    # -- collecting -----------------------------------------------------------
    def _collect(self):
        while True:
            try:
                item = self._get_result()
            except (EOFError, IOError, OSError):
                return
            if item is None:
                return
            job, index, answer = item
            target = self._pending.get(job)
            if target is not None:
                target._deliver(index, answer)

    # -- submitting -----------------------------------------------------------
    def _check_running(self):
        # 2.7 checks these with bare asserts.
        if self._state != RUN:
            raise AssertionError

    def _submit(self, job, chunks, func, starred):
        n = 0
        for i, chunk in enumerate(chunks):
            self._put_task((job, i, func, chunk, starred))
            n += 1
        return n

    def _chunksize(self, items, chunksize):
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        return max(1, chunksize)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None):
        self._check_running()
        result = ApplyResult(self, callback)
        if kwds:
            args = (func, tuple(args), dict(kwds))
            func = _call_with_kwds
        self._put_task((result._job, 0, func, [tuple(args)], True))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, None, False).get()

    def map_async(self, func, iterable, chunksize=None, callback=None):
        return self._map_async(func, iterable, chunksize, callback, False)

    def _map_async(self, func, iterable, chunksize, callback, starred):
        self._check_running()
        items = list(iterable)
        size = self._chunksize(items, chunksize)
        chunks = list(_chunks(items, size))
        result = MapResult(self, len(chunks), len(items), callback)
        self._submit(result._job, chunks, func, starred)
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise AssertionError
        it = IMapIterator(self, ordered)
        n = self._submit(it._job, _chunks(iterable, chunksize), func, False)
        it._set_total(n)
        return it

    # -- shutting down --------------------------------------------------------
    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._put_task(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._kill_workers()
        for p in self._pool:
            p.join()
        self._stop_collector()

    def join(self):
        if self._state == RUN:
            raise AssertionError
        for p in self._pool:
            p.join()
        # Every worker has exited, so every answer is already queued.
        if self._collector.is_alive() and self._state != TERMINATE:
            self._stop_collector()
        self._collector.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')


def _call_with_kwds(func, args, kwds):
    return func(*args, **kwds)


class ThreadPool(Pool):
    """The same pool interface over threads (nothing is pickled)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = _queue.Queue()
        self._outqueue = _queue.Queue()
        self._put_task = self._inqueue.put
        self._get_result = self._outqueue.get

    def _start_worker(self, initializer, initargs, maxtasks):
        from multiprocessing.dummy import DummyProcess
        t = DummyProcess(target=worker,
                         args=(self._inqueue.get, self._outqueue.put,
                               initializer, initargs, maxtasks))
        t.daemon = True
        t.start()
        return t

    def _stop_collector(self):
        self._outqueue.put(None)

    def _kill_workers(self):
        # Threads cannot be killed: drop queued work and ask each to stop.
        try:
            while True:
                self._inqueue.get_nowait()
        except _queue.Empty:
            pass
        for _ in self._pool:
            self._inqueue.put(None)
