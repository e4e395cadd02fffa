"""The AST node classes: construction, dump() in 2.7 format, visitors."""
from pypy27.interpreter.astcompiler import ast


def num(v: int) -> ast.Num:
    return ast.Num(ast.Number(ast.NUM_INT, str(v), v, 0.0), 1, 0)


def test_dump_simple_module() -> None:
    tree = ast.Module([ast.Expr(ast.BinOp(num(1), ast.Add, ast.Name("x", ast.Load, 1, 4), 1, 0), 1, 0)])
    assert ast.dump(tree) == ("Module(body=[Expr(value=BinOp(left=Num(n=1), op=Add(), "
                              "right=Name(id='x', ctx=Load())))])")


def test_dump_numbers() -> None:
    assert ast.Number(ast.NUM_LONG, "-10", 0, 0.0).repr27() == "-10L"
    assert ast.Number(ast.NUM_FLOAT, "1.5", 0, 1.5).repr27() == "1.5"
    assert ast.Number(ast.NUM_FLOAT, "1e16", 0, 1e16).repr27() == "1e+16"
    assert ast.Number(ast.NUM_COMPLEX, "1j", 0, 1.0).repr27() == "1j"
    assert ast.Number(ast.NUM_COMPLEX, "1.5j", 0, 1.5).repr27() == "1.5j"


def test_dump_strings() -> None:
    assert ast.repr_bytes("a") == "'a'"
    assert ast.repr_bytes("it's") == '"it\'s"'
    assert ast.repr_bytes("'\"\n\x00\xff") == "'\\'\"\\n\\x00\\xff'"
    assert ast.repr_unicode("\xc3\xa9") == "u'\\xe9'"
    assert ast.repr_unicode("\xe2\x82\xac") == "u'\\u20ac'"
    assert ast.repr_unicode("\xf0\x9f\x98\x80") == "u'\\U0001f600'"
    s = ast.Str("\xc3\xa9", 1, 0, True)
    assert ast.dump(s) == "Str(s=u'\\xe9')"


def test_dump_optional_and_identifiers() -> None:
    imp = ast.ImportFrom(None, [ast.alias("a", None)], 1, 1, 0)
    assert ast.dump(imp) == "ImportFrom(module=None, names=[alias(name='a', asname=None)], level=1)"
    cmp_ = ast.Compare(num(1), [ast.Lt, ast.NotIn], [num(2), num(3)], 1, 0)
    assert ast.dump(cmp_) == ("Compare(left=Num(n=1), ops=[Lt(), NotIn()], "
                              "comparators=[Num(n=2), Num(n=3)])")
    assert ast.dump(ast.Pass(1, 0)) == "Pass()"


class NameCollector(ast.ASTVisitor):
    names: list[str]

    def __init__(self) -> None:
        self.names = []

    def visit_Name(self, node: ast.Name) -> None:
        self.names.append(node.id)


def test_visitor_walks_children() -> None:
    call = ast.Call(ast.Name("f", ast.Load, 1, 0), [ast.Name("a", ast.Load, 1, 2)],
                    [ast.keyword("k", ast.Name("b", ast.Load, 1, 7))], None,
                    ast.Name("c", ast.Load, 1, 12), 1, 0)
    tree = ast.Module([ast.Expr(call, 1, 0)])
    v = NameCollector()
    tree.accept(v)
    assert v.names == ["f", "a", "b", "c"]
