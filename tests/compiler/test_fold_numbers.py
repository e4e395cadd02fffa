"""Folding of complex / // % ** and of integer true division, against
CPython 2.7.18: each expression compiled in eval mode with
`from __future__ import division`; the value 2.7 folded it to (repr), or
None where 2.7 leaves the operation to run time (recorded with python2.7)."""
import pytest

from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.compiler import compile_source
from pypy27.interpreter.astcompiler.pycode import CO_FUTURE_DIVISION

CASES = [
    ('(1+2j)/(3-4j)', None),
    ('(1+1j)//2', '0j'),
    ('(1+1j)%2', '(1+1j)'),
    ('(3+4j)**2', '(-7+24j)'),
    ('(1+1j)**-3', '(-0.25-0.25j)'),
    ('(1+2j)**0.5', '(1.272019649514069+0.7861513777574233j)'),
    ('(1+2j)**(1+1j)', None),
    ('2**(1j)', '(0.7692389013639721+0.6389612763136348j)'),
    ('(1e200+1e200j)**2', '(nan+nanj)'),
    ('(1+2j)+1L', '(2+2j)'),
    ('7L/2', '3.5'),
    ('2**64/3', '6.148914691236517e+18'),
    ('10**30/7', '1.4285714285714285e+29'),
    ('(2**64+1)/2', '9.223372036854776e+18'),
    ('1/(3+0j)', None),
    ('(1+1j)**101', '(-1125899906842634.5-1125899906842629.5j)'),
    ('0j**-1', None),
    ('(1e200+1j)**3', None),
    ('(1+1j)/0j', None),
    ('10**400/1', None),
    ('-5/10**20', None),
    ('1.5j%0.5', '1.5j'),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_fold_like_27(src, expected):
    code = compile_source(src, "<t>", "eval", CO_FUTURE_DIVISION)
    folded = len(code.co_code) == 4 and ord(code.co_code[0]) == op.LOAD_CONST
    got = code.co_consts[ord(code.co_code[1])].repr27() if folded else None
    assert got == expected
