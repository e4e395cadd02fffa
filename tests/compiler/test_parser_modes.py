"""Parser entry points, modes, future flags and literal values."""
import pytest

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.pyparser import consts
from pypy27.interpreter.pyparser.error import SyntaxErr
from pypy27.interpreter.pyparser.parser import parse


def d(src: str, mode: str = "exec", flags: int = 0) -> str:
    return ast.dump(parse(src, "<t>", mode, flags))


def test_eval_and_single_modes() -> None:
    assert d("1, 2\n\n", "eval") == ("Expression(body=Tuple(elts=[Num(n=1), Num(n=2)], "
                                     "ctx=Load()))")
    assert d("x = 1; y\n", "single") == ("Interactive(body=[Assign(targets=[Name(id='x', "
                                         "ctx=Store())], value=Num(n=1)), Expr(value=Name("
                                         "id='y', ctx=Load()))])")
    assert d("if x:\n  pass\n", "single").startswith("Interactive(body=[If(")


def test_future_print_function() -> None:
    src = "from __future__ import print_function\nprint(1, end='')\n"
    assert "Expr(value=Call(func=Name(id='print'" in d(src)
    with pytest.raises(SyntaxErr):
        parse("print(1, end='')\n", "<t>", "exec", 0)
    assert "Call(func=Name(id='print'" in d("print(1, end='')\n", "exec",
                                            consts.CO_FUTURE_PRINT_FUNCTION)


def test_future_unicode_literals() -> None:
    src = "from __future__ import unicode_literals\nx = 'a'\ny = b'b'\n"
    out = d(src)
    assert "Str(s=u'a')" in out and "Str(s='b')" in out


def test_number_values() -> None:
    out = d("a = 0xffffffffffffffff, -0x8000000000000000, 9223372036854775808, 017, "
            "-017L, 1e400j, -1j, 0777777777777777777777777, 2.5\n")
    assert ("Num(n=18446744073709551615L), Num(n=-9223372036854775808), "
            "Num(n=9223372036854775808L), Num(n=15), Num(n=-15L), Num(n=infj), "
            "Num(n=-1j), Num(n=4722366482869645213695L), Num(n=2.5)") in out
    tree = parse("x = -9223372036854775808\n", "<t>", "exec", 0)
    assert isinstance(tree, ast.Module)
    stmt = tree.body[0]
    assert isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Num)
    assert stmt.value.n.kind == ast.NUM_INT and stmt.value.n.intval == -9223372036854775808


def test_string_values() -> None:
    assert "Str(s='a\\tb\\x00\\xff\\\\q')" in d("x = 'a\\tb\\0\\xff\\q'\n")
    assert "Str(s=u'\\xe9\\u20ac\\U0001f600A')" in d(
        "x = u'\\xe9\\u20ac\\U0001F600\\N{LATIN CAPITAL LETTER A}'\n")
    assert "Str(s=u'\\xe9')" in d("# coding: utf-8\nx = u'\xc3\xa9'\n")
    assert "Str(s='\\xc3\\xa9')" in d("# coding: utf-8\nx = '\xc3\xa9'\n")
    assert "Str(s=u'\\xe9')" in d("# coding: latin-1\nx = u'\xe9'\n")
    assert "Str(s=u'ab')" in d("x = 'a' u'b'\n")
    assert "Str(s=u'\\\\x\\u1234')" in d("x = ur'\\x\\u1234'\n")


def test_crlf_and_missing_final_newline() -> None:
    assert d("if x:\r\n  y = 1\r\nz") == d("if x:\n  y = 1\nz\n")


def test_ast_errors_come_after_syntax_errors() -> None:
    with pytest.raises(SyntaxErr) as info:
        parse("1 = 2\nx = (\n", "<t>", "exec", 0)
    assert info.value.msg == "invalid syntax"


def test_unicode_literals_applies_to_earlier_docstring() -> None:
    # 2.7 applies unicode_literals to the whole file (recorded from 2.7)
    src = "'doc' b'x'\nfrom __future__ import unicode_literals\nx='a'\n"
    assert d(src) == (
        "Module(body=[Expr(value=Str(s=u'docx')), ImportFrom(module='__future__', "
        "names=[alias(name='unicode_literals', asname=None)], level=0), "
        "Assign(targets=[Name(id='x', ctx=Store())], value=Str(s=u'a'))])")
    src = "'doc'\nfrom __future__ import print_function\n" \
          "from __future__ import unicode_literals\nprint('a', b'b')\n"
    assert d(src).startswith("Module(body=[Expr(value=Str(s=u'doc')), ")
    assert d(src).endswith("args=[Str(s=u'a'), Str(s='b')], keywords=[], "
                           "starargs=None, kwargs=None))])")
