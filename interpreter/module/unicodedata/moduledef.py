"""The `unicodedata` module: the Unicode character database of 2.7 (the 5.2
repertoire; see tables.py and ucdbuild.py for where the data comes from)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module provides access to the Unicode Character Database which\n"
       "defines character properties for all Unicode characters. The data in\n"
       "this database is based on the UnicodeData.txt file version\n"
       "5.2.0 which is publically available from ftp://ftp.unicode.org/.\n\n"
       "The module uses the same names and symbols as defined by the\n"
       "UnicodeData File Format 5.2.0 (see\n"
       "http://www.unicode.org/reports/tr44/tr44-4.html).")


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinOpt, W_Builtin
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.unicodedata import functions as f
    from pypy27.interpreter.module.unicodedata.tables import UNIDATA_VERSION
    w_mod = new_builtin_module(space, "unicodedata", DOC)
    gateways: list[W_Builtin] = [
        Builtin1("category", f.ud_category), Builtin1("bidirectional", f.ud_bidirectional),
        Builtin1("combining", f.ud_combining), Builtin1("east_asian_width", f.ud_east_asian_width),
        Builtin1("mirrored", f.ud_mirrored), Builtin1("decomposition", f.ud_decomposition),
        BuiltinOpt("name", f.ud_name, 1, 2), Builtin1("lookup", f.ud_lookup),
        BuiltinOpt("decimal", f.ud_decimal, 1, 2), BuiltinOpt("digit", f.ud_digit, 1, 2),
        BuiltinOpt("numeric", f.ud_numeric, 1, 2), Builtin2("normalize", f.ud_normalize),
    ]
    for w_fn in gateways:
        w_mod.setattr_str(space, w_fn.name, w_fn)
    w_mod.setattr_str(space, "unidata_version", space.newstr(UNIDATA_VERSION))
    return [w_mod]
