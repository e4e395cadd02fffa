"""The `crypt` module: crypt(3) of libcrypt (DES, MD5, SHA-256/512...
selected by the salt's prefix)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.ffi import external
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

CRYPT_DOC = ("crypt(word, salt) -> string\n"
             "word will usually be a user's password. salt is a 2-character string\n"
             "which will be used to select one of 4096 variations of DES. The characters\n"
             "in salt must be either \".\", \"/\", or an alphanumeric character. Returns\n"
             "the hashed password as a string, which will be composed of characters from\n"
             "the same alphabet as the salt.")

c_crypt = external("crypt", ["char*", "char*"], "char*", header="<crypt.h>", lib="crypt")


def string_arg(space: "ObjSpace", w_arg: W_Root, pos: int) -> str:
    """The C string of argument POS, with the errors of 2.7's "s" format."""
    if not space.isinstance_w(w_arg, space.w_str):
        what = "None" if space.is_w(w_arg, space.w_None) else space.type(w_arg).name
        raise space.type_error("crypt() argument %d must be string, not %s" % (pos, what))
    s = space.str_w(w_arg)
    if "\x00" in s:
        raise space.type_error("crypt() argument %d must be string without null bytes, not str" % pos)
    return s


def crypt_crypt(space: "ObjSpace", w_word: W_Root, w_salt: W_Root) -> W_Root:
    word = string_arg(space, w_word, 1)
    salt = string_arg(space, w_salt, 2)
    result = c_crypt(word, salt)
    if result is None:
        # 2.7 builds its result with Py_BuildValue("s", NULL): None
        return space.w_None
    return space.newstr(result)


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin2
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "crypt")
    w_mod.setattr_str(space, "crypt", Builtin2("crypt", crypt_crypt, doc=CRYPT_DOC))
    return [w_mod]
