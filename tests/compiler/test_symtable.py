"""Scope classification of the symbol table (2.7's rules)."""
from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.astcompiler import symtable as st
from pypy27.interpreter.astcompiler.misc import WarningSink, mangle
from pypy27.interpreter.pyparser.parser import parse


def scopes(source):
    tree = parse(source, "<test>", "exec", 0)
    table = st.build_symtable(tree, "<test>", WarningSink())
    result = {}

    def walk(scope, prefix):
        result[prefix + scope.name] = scope
        for child in scope.children:
            walk(child, prefix + scope.name + ".")

    walk(table.top, "")
    return result


def test_locals_globals_free_cells():
    s = scopes("def f(a):\n  b = 1\n  def g():\n    return a + c\n  return g\n")
    f = s["top.f"]
    g = s["top.f.g"]
    assert f.scope_of("a") == st.CELL
    assert f.scope_of("b") == st.LOCAL
    assert g.scope_of("a") == st.FREE
    assert g.scope_of("c") == st.GLOBAL_IMPLICIT
    assert f.child_free and g.has_free and g.nested
    assert f.varnames == ["a"]


def test_global_statement_marks_module_name():
    s = scopes("def f():\n  global x\n  x = 1\nx = 2\n")
    assert s["top.f"].scope_of("x") == st.GLOBAL_EXPLICIT
    assert s["top"].scope_of("x") == st.GLOBAL_EXPLICIT


def test_class_scope_does_not_bind_for_methods():
    s = scopes("def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self): return x\n")
    assert s["top.f"].scope_of("x") == st.CELL
    c = s["top.f.C"]
    assert c.scope_of("x") == st.LOCAL
    assert c.symbols["x"] & st.DEF_FREE_CLASS
    assert s["top.f.C.m"].scope_of("x") == st.FREE


def test_comprehension_scopes():
    s = scopes("def f(y):\n  a = [x for x in y]\n  b = (z for z in y)\n  c = {w for w in y}\n")
    f = s["top.f"]
    assert f.scope_of("x") == st.LOCAL           # 2.7 list comps leak
    genexpr = s["top.f.genexpr"]
    assert genexpr.generator
    assert genexpr.varnames == [".0"]
    assert genexpr.scope_of("z") == st.LOCAL
    assert s["top.f.setcomp"].scope_of("w") == st.LOCAL
    assert f.scope_of("z") == 0


def test_nested_tuple_parameters():
    s = scopes("def f(a, (b, (c, d)), *e, **g): pass\n")
    assert s["top.f"].varnames == ["a", ".1", "e", "g", "b", "c", "d"]


def test_unoptimized_and_mangling():
    s = scopes("def f():\n  exec 'x'\nclass C:\n  def m(self):\n    __p = 1\n")
    assert s["top.f"].unoptimized == st.OPT_BARE_EXEC
    assert s["top.C.m"].scope_of("_C__p") == st.LOCAL
    assert mangle("C", "__p") == "_C__p"
    assert mangle("C", "__p__") == "__p__"
    assert mangle("__", "__p") == "__p"
    assert mangle("_C", "__a.b") == "__a.b"
    assert mangle("_Cls", "__p") == "_Cls__p"
