"""The C time functions and glibc's `struct tm` (x86-64 layout) in raw
memory: nine ints, then long tm_gmtoff at 40 and char *tm_zone at 48."""
from typing import Optional

from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import (raw_alloc, raw_free, raw_load_i32, raw_load_i64, raw_load_u8,
                                   raw_mem_to_str, raw_store_i32, raw_store_i64)

_H = "<time.h>"
c_clock_gettime = external("clock_gettime", ["int", "void*"], "int", header=_H)
c_clock = external("clock", [], "long", header=_H)
c_nanosleep = external("nanosleep", ["void*", "void*"], "int", header=_H)
c_gmtime_r = external("gmtime_r", ["void*", "void*"], "void*", header=_H)
c_localtime_r = external("localtime_r", ["void*", "void*"], "void*", header=_H)
c_mktime = external("mktime", ["void*"], "long", header=_H)
c_strftime = external("strftime", ["void*", "size_t", "char*", "void*"], "size_t", header=_H)
c_tzset = external("tzset", [], "void", header=_H)
c_getenv = external("getenv", ["char*"], "char*", header="<stdlib.h>")

CLOCK_REALTIME = 0
CLOCKS_PER_SEC = 1000000
EINTR = 4
TM_SIZE = 56
TM_GMTOFF = 40
TM_ZONE = 48
# the int fields in order: sec min hour mday mon year wday yday isdst
SEC, MIN, HOUR, MDAY, MON, YEAR, WDAY, YDAY, ISDST = 0, 1, 2, 3, 4, 5, 6, 7, 8


class TimeRange(Exception):
    """gmtime_r/localtime_r could not represent the timestamp."""


class Tm(object):
    """A struct tm read out of C memory."""
    fields: list[int]     # the nine ints, in C order
    gmtoff: int
    zone: str

    def __init__(self, fields: list[int], gmtoff: int, zone: str) -> None:
        self.fields = fields
        self.gmtoff = gmtoff
        self.zone = zone


def now() -> float:
    buf = raw_alloc(16)
    try:
        c_clock_gettime(CLOCK_REALTIME, buf)
        return float(raw_load_i64(buf, 0)) + float(raw_load_i64(buf, 8)) * 1e-9
    finally:
        raw_free(buf)


def now_seconds() -> int:
    buf = raw_alloc(16)
    try:
        c_clock_gettime(CLOCK_REALTIME, buf)
        return raw_load_i64(buf, 0)
    finally:
        raw_free(buf)


def cpu_clock() -> float:
    return float(c_clock()) / float(CLOCKS_PER_SEC)


def sleep(secs: float) -> int:
    """0, or the errno of a failed nanosleep.  Like 2.7, a signal ends the
    sleep early (EINTR): the caller then runs the Python-level handlers.
    Other threads run meanwhile (the GIL is dropped); the collector's own
    stop-the-world signals, which only threads see, do not end it."""
    from pypy27.interpreter.module.signal.delivery import signal_recorded
    from pypy27.interpreter.module.thread import gil
    req = raw_alloc(16)
    rem = raw_alloc(16)
    try:
        whole = int(secs)
        raw_store_i64(req, 0, whole)
        raw_store_i64(req, 8, int((secs - float(whole)) * 1e9))
        err = 0
        gil.release()
        while c_nanosleep(req, rem) != 0:
            err = get_errno()
            if err != EINTR or signal_recorded():
                break
            err = 0
            raw_store_i64(req, 0, raw_load_i64(rem, 0))
            raw_store_i64(req, 8, raw_load_i64(rem, 8))
        gil.acquire()
        return err
    finally:
        raw_free(req)
        raw_free(rem)


def _c_string(addr: int) -> str:
    if addr == 0:
        return ""
    n = 0
    while raw_load_u8(addr, n) != 0:
        n += 1
    return raw_mem_to_str(addr, n)


def _read_tm(tm: int) -> Tm:
    fields = [raw_load_i32(tm, 4 * i) for i in range(9)]
    return Tm(fields, raw_load_i64(tm, TM_GMTOFF), _c_string(raw_load_i64(tm, TM_ZONE)))


def _write_tm(tm: int, fields: list[int]) -> None:
    for i in range(9):
        raw_store_i32(tm, 4 * i, fields[i])


def convert(t: int, local: bool) -> Tm:
    """gmtime_r/localtime_r of t (TimeRange on failure)."""
    tp = raw_alloc(8)
    tm = raw_alloc(TM_SIZE)
    try:
        raw_store_i64(tp, 0, t)
        if local:
            res = c_localtime_r(tp, tm)
        else:
            res = c_gmtime_r(tp, tm)
        if res == 0:
            raise TimeRange()
        return _read_tm(tm)
    finally:
        raw_free(tp)
        raw_free(tm)


def make_time(fields: list[int]) -> tuple[int, Tm]:
    """mktime: the timestamp and the normalised struct (wday stays -1 on failure)."""
    tm = raw_alloc(TM_SIZE)
    try:
        _write_tm(tm, fields)
        raw_store_i32(tm, 4 * WDAY, -1)
        t = c_mktime(tm)
        return (t, _read_tm(tm))
    finally:
        raw_free(tm)


def format_time(fmt: str, fields: list[int], gmtoff: int) -> str:
    """strftime with a growing buffer (an empty result may mean 'too small')."""
    if fmt == "":
        return ""
    c_tzset()
    tm = raw_alloc(TM_SIZE)
    try:
        _write_tm(tm, fields)
        raw_store_i64(tm, TM_GMTOFF, gmtoff)
        size = 1024
        while True:
            buf = raw_alloc(size)
            try:
                n = c_strftime(buf, size, fmt, tm)
                if n > 0 or size >= 256 * len(fmt):
                    return raw_mem_to_str(buf, n)
            finally:
                raw_free(buf)
            size *= 2
    finally:
        raw_free(tm)


def tzset() -> None:
    c_tzset()


def getenv(name: str) -> Optional[str]:
    return c_getenv(name)
