"""The toylang example target, run untranslated: the reference behaviour the
translated binary must reproduce."""
import os

import pytest

from pypy27.support.jit import JitHintError
from pypy27.translator.examples.toylang import bytecode as bc
from pypy27.translator.examples.toylang import vm
from pypy27.translator.examples.toylang.compiler import compile_program
from pypy27.translator.examples.toylang.target import entry_point, run_source

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "translator", "examples", "toylang")


def run(src, capsys):
    status = run_source(src)
    return status, capsys.readouterr().out


def test_entry_point_runs_loop_toy(capsys):
    assert entry_point(["toylang", os.path.join(EXAMPLES, "loop.toy")]) == 0
    assert capsys.readouterr().out == "sum of squares: 285\nbig\n"


def test_entry_point_usage_and_missing_file(capsys, tmp_path):
    assert entry_point(["toylang"]) == 2
    assert capsys.readouterr().out == "usage: toylang PROGRAM.toy\n"
    missing = str(tmp_path / "missing.toy")
    assert entry_point(["toylang", missing]) == 2
    assert capsys.readouterr().out == "error: open %s: No such file or directory\n" % missing


def test_entry_point_reads_file(capsys, tmp_path):
    path = tmp_path / "p.toy"
    path.write_text('print "hi", 1 + 2\n')
    assert entry_point(["toylang", str(path)]) == 0
    assert capsys.readouterr().out == "hi 3\n"


def test_arithmetic_and_precedence(capsys):
    src = "print 1 + 2 * 3, (1 + 2) * 3, 7 / 2, -7 / 2, 7 % 3, -7 % 3, -(2 - 5)\n"
    assert run(src, capsys) == (0, "7 9 3 -4 1 2 3\n")


def test_comparisons(capsys):
    src = 'print 1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1, 1 != 1, "a" < "b", "x" == "x"\n'
    assert run(src, capsys) == (0, "1 1 0 0 1 0 1 1\n")


def test_strings_and_builtins(capsys):
    src = ('s = "ab" + "c"\n'
           'print s * 2, len(s), str(42) + "!", int(" 17 ") + 1, "q\\"\\n" == "q\\"\\n"\n'
           'print "tab\\tend"\n')
    assert run(src, capsys) == (0, "abcabc 3 42! 18 1\ntab\tend\n")


def test_if_elif_else_chain(capsys):
    src = """
def classify(n) {
    if n < 0 { return "neg" }
    elif n == 0 { return "zero" }
    elif n < 10 {
        return "small"
    }
    else {
        return "big"
    }
}
print classify(-3), classify(0), classify(5), classify(50)
"""
    assert run(src, capsys) == (0, "neg zero small big\n")


def test_recursion_and_forward_calls(capsys):
    src = """
print fib(15)
def fib(n) {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
def noreturn() { x = 1 }
print noreturn(); print 1; print 2
"""
    assert run(src, capsys) == (0, "610\nnone\n1\n2\n")


def test_nested_loops(capsys):
    src = """
i = 0
count = 0
while i < 30 {
    j = 0
    while j < i { count = count + j; j = j + 1 }
    i = i + 1
}
print count
"""
    assert run(src, capsys) == (0, "%d\n" % sum(j for i in range(30) for j in range(i)))


@pytest.mark.parametrize("src, message", [
    ("print 1 +\n", "error: line 1: expected an expression, found '\\n'"),
    ("x = (1\n+ 2\n", "error: line 3: expected ')', found end of input"),
    ("print y\n", "error: line 1: undefined variable y"),
    ("print f(1)\n", "error: line 1: undefined function f"),
    ("def f(a) { return a }\nprint f(1, 2)\n", "error: line 2: f() takes 1 arguments, 2 given"),
    ("def f() { def g() { } }\n", "error: line 1: def is only allowed at the top level"),
    ("def len(x) { }\n", "error: line 1: function len is already defined"),
    ('print "abc\n', "error: line 1: unterminated string"),
    ("print 1 $ 2\n", "error: line 1: unexpected character '$'"),
    ("print 12345678901234567890\n", "error: line 1: integer literal too large"),
    ("while 1 { x = 1 } y\n", "error: line 1: expected end of statement, found 'y'"),
    ("\n\nprint 1 / 0\n", "error: line 3: division by zero"),
    ("print 5 % 0\n", "error: line 1: modulo by zero"),
    ('print 1 + "a"\n', "error: line 1: unsupported operand types for +: int and str"),
    ('print "a" - "b"\n', "error: line 1: unsupported operand types for -: str and str"),
    ('print -"a"\n', "error: line 1: bad operand type for unary -: str"),
    ("print len(3)\n", "error: line 1: len() of int"),
    ('print int("x1")\n', "error: line 1: invalid integer 'x1'"),
    ("print 9223372036854775807 / 3 * 3 + 10\n", "error: line 1: integer overflow"),
    ("x = 3000000000\nprint x * x * x\n", "error: line 2: integer overflow"),
    ("def f(a) {\n if a { b = 1 }\n return b\n}\nprint f(0)\n",
     "error: line 3: variable b used before assignment"),
])
def test_errors(capsys, src, message):
    assert run(src, capsys) == (1, message + "\n")


def test_output_before_error_is_kept(capsys):
    assert run('print "before"\nprint 1 / 0\n', capsys) == (1, "before\nerror: line 2: division by zero\n")


def test_deep_recursion_is_a_stack_overflow(capsys):
    src = "def down(n) { return down(n + 1) }\nprint down(0)\n"
    assert run(src, capsys) == (1, "error: stack overflow\n")


def test_negative_one_division_edge(capsys):
    src = "m = 0 - 9223372036854775807 - 1\nprint m % -1\nprint m / -1\n"
    assert run(src, capsys) == (1, "0\nerror: line 3: integer overflow\n")


def test_bytecode_shape_for_the_jit():
    program = compile_program("i = 0\nwhile i < 3 { i = i + 1 }\n")
    ops = program.main.ops
    # exactly one backward jump, to the loop condition
    backward = [pc for pc in range(0, len(ops), 2) if ops[pc] == bc.JUMP and ops[pc + 1] < pc]
    assert len(backward) == 1
    assert program.main.maxstack == 2
    assert "JUMP_IF_FALSE" in program.main.disassemble()


def test_dispatch_loop_passes_the_declared_live_variables():
    assert vm.driver.greens == ["pc", "code"]
    assert vm.driver.reds == ["frame"]
    assert vm.Frame._virtualizable_ == ("locals[*]", "stack[*]", "sp")
    with pytest.raises(JitHintError):
        vm.driver.jit_merge_point(pc=0, code=None)


def test_bench_program_is_well_formed():
    # only compiled here: running it takes seconds untranslated
    with open(os.path.join(EXAMPLES, "bench.toy")) as f:
        program = compile_program(f.read())
    assert sorted(program.functions) == ["collatz_steps", "mix"]
