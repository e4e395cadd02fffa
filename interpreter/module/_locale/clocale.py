"""The C library's locale calls behind _locale: setlocale, localeconv (the
fields of glibc's struct lconv), strcoll/wcscoll, strxfrm, nl_langinfo and
the gettext family."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i64, raw_load_u8, raw_mem_to_str, raw_store_i32

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

H = "<locale.h>"
c_setlocale = external("setlocale", ["int", "char*"], "char*", header=H)
c_setlocale_query = external("setlocale", ["int", "void*"], "char*", header=H)
c_localeconv = external("localeconv", [], "void*", header=H)
c_strlen = external("strlen", ["void*"], "size_t", header="<string.h>")
c_strcoll = external("strcoll", ["char*", "char*"], "int", header="<string.h>")
c_strxfrm = external("strxfrm", ["void*", "char*", "size_t"], "size_t", header="<string.h>")
c_wcscoll = external("wcscoll", ["void*", "void*"], "int", header="<wchar.h>")
c_nl_langinfo = external("nl_langinfo", ["int"], "char*", header="<langinfo.h>")
c_gettext = external("gettext", ["char*"], "char*", header="<libintl.h>")
c_dgettext = external("dgettext", ["char*", "char*"], "char*", header="<libintl.h>")
c_dgettext_null = external("dgettext", ["void*", "char*"], "char*", header="<libintl.h>")
c_dcgettext = external("dcgettext", ["char*", "char*", "int"], "char*", header="<libintl.h>")
c_dcgettext_null = external("dcgettext", ["void*", "char*", "int"], "char*", header="<libintl.h>")
c_textdomain = external("textdomain", ["char*"], "char*", header="<libintl.h>")
c_textdomain_null = external("textdomain", ["void*"], "char*", header="<libintl.h>")
c_bindtextdomain = external("bindtextdomain", ["char*", "char*"], "char*", header="<libintl.h>")
c_bindtextdomain_null = external("bindtextdomain", ["char*", "void*"], "char*", header="<libintl.h>")
c_bind_codeset = external("bind_textdomain_codeset", ["char*", "char*"], "char*", header="<libintl.h>")
c_bind_codeset_null = external("bind_textdomain_codeset", ["char*", "void*"], "char*", header="<libintl.h>")

# the langinfo items 2.7 exports, each with its glibc value
LANGINFO = {"CODESET": 14, "D_T_FMT": 131112, "D_FMT": 131113, "T_FMT": 131114, "T_FMT_AMPM": 131115,
            "AM_STR": 131110, "PM_STR": 131111, "RADIXCHAR": 65536, "THOUSEP": 65537,
            "YESEXPR": 327680, "NOEXPR": 327681, "CRNCYSTR": 262159, "ERA": 131116,
            "ERA_D_T_FMT": 131120, "ERA_D_FMT": 131118, "ERA_T_FMT": 131121, "ALT_DIGITS": 131119,
            "_DATE_FMT": 131180}
for _i in range(7):
    LANGINFO["DAY_%d" % (_i + 1)] = 131079 + _i
    LANGINFO["ABDAY_%d" % (_i + 1)] = 131072 + _i
for _i in range(12):
    LANGINFO["MON_%d" % (_i + 1)] = 131098 + _i
    LANGINFO["ABMON_%d" % (_i + 1)] = 131086 + _i
LANGINFO_VALUES: dict[int, bool] = {}
for _v in LANGINFO.values():
    LANGINFO_VALUES[_v] = True


class LocaleState(object):
    w_error: Optional[W_Root]

    def __init__(self) -> None:
        self.w_error = None


state = LocaleState()


def locale_error(space: "ObjSpace", msg: str) -> OperationError:
    w_error = state.w_error
    assert w_error is not None
    return OperationError(w_error, space.newstr(msg))


def _cstr(addr: int) -> str:
    if addr == 0:
        return ""
    return raw_mem_to_str(addr, c_strlen(addr))


def _int_arg(space: "ObjSpace", w_obj: Optional[W_Root]) -> int:
    """A C int ("i")."""
    from pypy27.interpreter.module.builtin.argconv import c_int_arg
    from pypy27.interpreter.module.itertools.common import index_w
    assert w_obj is not None
    index_w(space, w_obj)       # ints and longs only
    return c_int_arg(space, w_obj)


def _opt_str(space: "ObjSpace", w_obj: Optional[W_Root], fname: str, argno: int) -> Optional[str]:
    """A 'z' argument: str (unicode is encoded with the default encoding) or None."""
    if w_obj is None or space.is_w(w_obj, space.w_None):
        return None
    return _str_arg(space, w_obj, fname, argno, "string or None")


def _str_arg(space: "ObjSpace", w_obj: W_Root, fname: str, argno: int, what: str) -> str:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject
    if isinstance(w_obj, W_BytesObject):
        s = w_obj.value
    elif isinstance(w_obj, W_UnicodeObject):
        s = space.str_w(space.call_method(w_obj, "encode", []))
    else:
        raise space.type_error("%sargument %d must be %s, not %s"
                               % (fname + "() " if fname else "", argno, what, space.type(w_obj).name))
    if "\x00" in s:
        raise space.type_error("%sargument %d must be %s without null bytes, not str"
                               % (fname + "() " if fname else "", argno,
                                  "string" if what == "string" else "encoded string"))
    return s


def setlocale(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    category = _int_arg(space, args_w[0])
    locale = _opt_str(space, args_w[1], "setlocale", 2)
    if locale is None:
        res = c_setlocale_query(category, 0)
        if res is None:
            raise locale_error(space, "locale query failed")
        return space.newstr(res)
    res = c_setlocale(category, locale)
    if res is None:
        raise locale_error(space, "unsupported locale setting")
    return space.newstr(res)


def _grouping(space: "ObjSpace", addr: int) -> W_Root:
    """A grouping string as 2.7 lists it: the sizes and the terminating
    0 or CHAR_MAX; [] when empty."""
    items_w: list[W_Root] = []
    if addr == 0 or raw_load_u8(addr, 0) == 0:
        return space.newlist(items_w)
    i = 0
    while True:
        b = raw_load_u8(addr, i)
        items_w.append(space.newint(b))
        if b == 0 or b == 127:
            break
        i += 1
    return space.newlist(items_w)


# struct lconv: ten char* fields, then the char fields
LCONV_STRINGS = [("decimal_point", 0), ("thousands_sep", 1), ("int_curr_symbol", 3),
                 ("currency_symbol", 4), ("mon_decimal_point", 5), ("mon_thousands_sep", 6),
                 ("positive_sign", 8), ("negative_sign", 9)]
LCONV_CHARS = ["int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
               "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"]


def localeconv(space: "ObjSpace") -> W_Root:
    lc = c_localeconv()
    w_d = space.newdict()
    for name, index in LCONV_STRINGS:
        space.setitem(w_d, space.newstr(name), space.newstr(_cstr(raw_load_i64(lc, index * 8))))
    space.setitem(w_d, space.newstr("grouping"), _grouping(space, raw_load_i64(lc, 2 * 8)))
    space.setitem(w_d, space.newstr("mon_grouping"), _grouping(space, raw_load_i64(lc, 7 * 8)))
    for i in range(len(LCONV_CHARS)):
        v = raw_load_u8(lc, 80 + i)
        if v >= 128:
            v -= 256
        space.setitem(w_d, space.newstr(LCONV_CHARS[i]), space.newint(v))
    return w_d


def _wide(utf8: str) -> int:
    """A NUL-terminated wchar_t copy of UTF-8 text (raw memory to free)."""
    from pypy27.support.utf8 import utf8_codepoint_at, utf8_next
    n = 0
    i = 0
    while i < len(utf8):
        n += 1
        i = utf8_next(utf8, i)
    buf = raw_alloc(4 * (n + 1))
    i = 0
    k = 0
    while i < len(utf8):
        raw_store_i32(buf, 4 * k, utf8_codepoint_at(utf8, i))
        k += 1
        i = utf8_next(utf8, i)
    return buf


def strcoll(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, unicode_from_object
    if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
        return space.newint(c_strcoll(w_a.value, w_b.value))
    if not (isinstance(w_a, W_UnicodeObject) or isinstance(w_a, W_BytesObject)):
        raise space.type_error("strcoll arguments must be strings")
    if not (isinstance(w_b, W_UnicodeObject) or isinstance(w_b, W_BytesObject)):
        raise space.type_error("strcoll arguments must be strings")
    ua = unicode_from_object(space, w_a).utf8
    ub = unicode_from_object(space, w_b).utf8
    wa = _wide(ua)
    wb = _wide(ub)
    try:
        return space.newint(c_wcscoll(wa, wb))
    finally:
        raw_free(wa)
        raw_free(wb)


def strxfrm(space: "ObjSpace", w_s: W_Root) -> W_Root:
    s = _str_arg(space, w_s, "strxfrm", 1, "string")
    size = len(s) * 4 + 16
    while True:
        buf = raw_alloc(size)
        try:
            n = c_strxfrm(buf, s, size)
            if n < size:
                return space.newstr(raw_mem_to_str(buf, n))
        finally:
            raw_free(buf)
        size = n + 1


def nl_langinfo(space: "ObjSpace", w_key: W_Root) -> W_Root:
    key = _int_arg(space, w_key)
    if key not in LANGINFO_VALUES:
        raise space.value_error("unsupported langinfo constant")
    res = c_nl_langinfo(key)
    return space.newstr(res if res is not None else "")


def _result(space: "ObjSpace", res: Optional[str]) -> W_Root:
    if res is None:
        raise OperationError(space.w_MemoryError, space.w_None)
    return space.newstr(res)


def gettext(space: "ObjSpace", w_msg: W_Root) -> W_Root:
    return _result(space, c_gettext(_str_arg(space, w_msg, "gettext", 1, "string")))


def dgettext(space: "ObjSpace", w_domain: W_Root, w_msg: W_Root) -> W_Root:
    domain = _opt_str(space, w_domain, "dgettext", 1)
    msg = _str_arg(space, w_msg, "dgettext", 2, "string")
    if domain is None:
        return _result(space, c_dgettext_null(0, msg))
    return _result(space, c_dgettext(domain, msg))


def dcgettext(space: "ObjSpace", w_domain: W_Root, w_msg: W_Root, w_cat: W_Root) -> W_Root:
    domain = _opt_str(space, w_domain, "dcgettext", 1)
    msg = _str_arg(space, w_msg, "dcgettext", 2, "string")
    cat = _int_arg(space, w_cat)
    if domain is None:
        return _result(space, c_dcgettext_null(0, msg, cat))
    return _result(space, c_dcgettext(domain, msg, cat))


def textdomain(space: "ObjSpace", w_domain: W_Root) -> W_Root:
    domain = _opt_str(space, w_domain, "textdomain", 1)
    if domain is None:
        return _oserror(space, c_textdomain_null(0))
    return _oserror(space, c_textdomain(domain))


def _oserror(space: "ObjSpace", res: Optional[str]) -> W_Root:
    if res is None:
        from pypy27.support.ffi import get_errno
        from pypy27.interpreter.module.posix.errors import oserror
        raise oserror(space, get_errno())
    return space.newstr(res)


def bindtextdomain(space: "ObjSpace", w_domain: W_Root, w_dir: W_Root) -> W_Root:
    # (2.7's messages do not name bindtextdomain)
    domain = _str_arg(space, w_domain, "", 1, "string")
    dirname = _opt_str(space, w_dir, "", 2)     # both parsed first
    if not domain:
        raise locale_error(space, "domain must be a non-empty string")
    if dirname is None:
        return _oserror(space, c_bindtextdomain_null(domain, 0))
    return _oserror(space, c_bindtextdomain(domain, dirname))


def bind_textdomain_codeset(space: "ObjSpace", w_domain: W_Root, w_codeset: W_Root) -> W_Root:
    domain = _str_arg(space, w_domain, "bind_textdomain_codeset", 1, "string")
    codeset = _opt_str(space, w_codeset, "bind_textdomain_codeset", 2)
    if codeset is None:
        res = c_bind_codeset_null(domain, 0)
    else:
        res = c_bind_codeset(domain, codeset)
    if res is None:
        return space.w_None
    return space.newstr(res)
