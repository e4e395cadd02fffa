"""The `_locale` module: the C library's locale support (locale.py is the
Python side)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Support for POSIX locales."

# glibc's categories
CATEGORIES = {"LC_CTYPE": 0, "LC_NUMERIC": 1, "LC_TIME": 2, "LC_COLLATE": 3, "LC_MONETARY": 4,
              "LC_MESSAGES": 5, "LC_ALL": 6}


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3, BuiltinOpt
    from pypy27.interpreter.module._locale import clocale as C
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_locale", DOC)
    w_dict = space.newdict()
    space.setitem(w_dict, space.newstr("__module__"), space.newstr("locale"))
    w_error = space.call_function(space.w_type, [space.newstr("Error"),
                                                 space.newtuple([space.w_Exception]), w_dict])
    C.state.w_error = w_error
    w_mod.setattr_str(space, "Error", w_error)
    fns = [
        BuiltinOpt("setlocale", C.setlocale, 1, 2,
                   doc="setlocale(category, locale=None) -> string: set or (without locale) query the locale of a category."),
        Builtin0("localeconv", C.localeconv, doc="localeconv() -> dict: the number and currency formatting conventions of the locale."),
        Builtin2("strcoll", C.strcoll, doc="strcoll(a, b) -> int: compare two strings in the collation order of the locale."),
        Builtin1("strxfrm", C.strxfrm, doc="strxfrm(s) -> string: a key whose plain comparison follows the collation order."),
        Builtin1("nl_langinfo", C.nl_langinfo, doc="nl_langinfo(key) -> string: one item of the locale's information (CODESET, D_FMT, ...)."),
        Builtin1("gettext", C.gettext, doc="gettext(msg) -> string: msg translated in the current text domain."),
        Builtin2("dgettext", C.dgettext, doc="dgettext(domain, msg) -> string: msg translated in the given domain."),
        Builtin3("dcgettext", C.dcgettext, doc="dcgettext(domain, msg, category) -> string: msg translated in a domain and category."),
        Builtin1("textdomain", C.textdomain, doc="textdomain(domain) -> string: set (or with None query) the current text domain."),
        Builtin2("bindtextdomain", C.bindtextdomain, doc="bindtextdomain(domain, dir) -> string: where the message catalogs of domain are."),
        Builtin2("bind_textdomain_codeset", C.bind_textdomain_codeset, doc="bind_textdomain_codeset(domain, codeset) -> string: the encoding of domain's translations."),
    ]
    for w_fn in fns:
        w_fn.modname = "_locale"
        w_mod.setattr_str(space, w_fn.name, w_fn)
    for name, value in CATEGORIES.items():
        w_mod.setattr_str(space, name, space.newint(value))
    for name, value in C.LANGINFO.items():
        w_mod.setattr_str(space, name, space.newint(value))
    w_mod.setattr_str(space, "CHAR_MAX", space.newint(127))
    return [w_mod]
