"""The functions of the time module."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.gc.finalize import idle_collect
from pypy27.interpreter.module.signal.delivery import fire_pending, signals_pending
from pypy27.interpreter.module.time import ctm
from pypy27.interpreter.module.time.structtime import check_bounds, from_tm, tm_fields

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def time_time(space: "ObjSpace") -> W_Root:
    return space.newfloat(ctm.now())


def time_clock(space: "ObjSpace") -> W_Root:
    return space.newfloat(ctm.cpu_clock())


def time_sleep(space: "ObjSpace", w_secs: W_Root) -> W_Root:
    secs = space.float_w(w_secs)
    if secs < 0.0:
        err = 22
    else:
        # a signal that arrived since the last safe point is handled first:
        # CPython would have run its handler within a few bytecodes
        if signals_pending():
            fire_pending(space, None)
        # objects 2.7 would already have freed may be waiting for a callback
        idle_collect(space)
        err = ctm.sleep(secs)
    if err == ctm.EINTR:
        # 2.7 returns early and runs the handlers at once (SIGINT raises here)
        fire_pending(space, None)
        return space.w_None
    if err != 0:
        w_exc = space.call_function(space.w_IOError, [space.newint(err), space.newstr("Invalid argument")])
        raise OperationError(space.w_IOError, w_exc)
    return space.w_None


def _timestamp(space: "ObjSpace", w_secs: Optional[W_Root]) -> int:
    """A time_t from None (now) or a number (truncated toward zero)."""
    if w_secs is None or space.is_w(w_secs, space.w_None):
        return ctm.now_seconds()
    x = space.float_w(w_secs)
    if not (-9.2e18 < x < 9.2e18):
        raise space.value_error("timestamp out of range for platform time_t")
    return int(x)


def _convert(space: "ObjSpace", w_secs: Optional[W_Root], local: bool) -> ctm.Tm:
    t = _timestamp(space, w_secs)
    try:
        return ctm.convert(t, local)
    except ctm.TimeRange:
        raise space.value_error("timestamp out of range for platform time_t")


def time_gmtime(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return from_tm(space, _convert(space, args_w[0], False))


def time_localtime(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return from_tm(space, _convert(space, args_w[0], True))


def _now_fields(space: "ObjSpace") -> list[int]:
    return _convert(space, None, True).fields


def time_mktime(space: "ObjSpace", w_tup: W_Root) -> W_Root:
    fields = tm_fields(space, w_tup)
    t, tm = ctm.make_time(fields)
    if t == -1 and tm.fields[ctm.WDAY] == -1:
        raise space.error(space.w_OverflowError, "mktime argument out of range")
    return space.newfloat(float(t))


def _pad(n: int, width: int, fill: str) -> str:
    s = str(n)
    while len(s) < width:
        s = fill + s
    return s


def format_asctime(f: list[int]) -> str:
    """C's asctime format, without its newline."""
    return "%s %s %s %s:%s:%s %d" % (DAY_NAMES[f[ctm.WDAY]], MONTH_NAMES[f[ctm.MON]],
                                     _pad(f[ctm.MDAY], 2, " "), _pad(f[ctm.HOUR], 2, "0"),
                                     _pad(f[ctm.MIN], 2, "0"), _pad(f[ctm.SEC], 2, "0"),
                                     f[ctm.YEAR] + 1900)


def time_asctime(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_tup = args_w[0]
    if w_tup is None:
        fields = _now_fields(space)
    else:
        fields = tm_fields(space, w_tup)
        # 2.7.18 checks asctime's tuple as leniently as strftime's
        check_bounds(space, fields, True)
    return space.newstr(format_asctime(fields))


def time_ctime(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return space.newstr(format_asctime(_convert(space, args_w[0], True).fields))


def time_strftime(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_fmt = args_w[0]
    assert w_fmt is not None
    if space.isinstance_w(w_fmt, space.w_unicode):
        w_fmt = space.call_method(w_fmt, "encode", [])
    if not space.isinstance_w(w_fmt, space.w_str):
        raise space.type_error("strftime() argument 1 must be string, not %s" % space.type(w_fmt).name)
    fmt = space.str_w(w_fmt)
    w_tup = args_w[1]
    gmtoff = 0
    if w_tup is None:
        tm = _convert(space, None, True)
        fields = tm.fields
        gmtoff = tm.gmtoff
    else:
        fields = tm_fields(space, w_tup)
        check_bounds(space, fields, True)
    return space.newstr(ctm.format_time(fmt, fields, gmtoff))


def time_strptime(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_import = space.getattr_str(space.w_builtin, "__import__")
    w_mod = space.call_function(w_import, [space.newstr("_strptime")])
    items_w: list[W_Root] = []
    for w_arg in args_w:
        if w_arg is not None:
            items_w.append(w_arg)
    return space.call_method(w_mod, "_strptime_time", items_w)
