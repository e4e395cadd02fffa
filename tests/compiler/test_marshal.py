"""marshal.dumps_code against CPython 2.7.18's marshal.dumps(compile(...))
for every conformance program (data/marshal.json.gz, record_marshal.py):
byte-identical output; loads_code reads it back; the .pyc image."""
import base64
import gzip
import json
import os

import pytest

from pypy27.interpreter.astcompiler import pyc
from pypy27.interpreter.astcompiler.compiler import compile_source
from pypy27.interpreter.astcompiler.disassemble import disassemble
from pypy27.interpreter.astcompiler.marshal import MarshalError, dumps_code, loads_code
from pypy27.tests.paths import CONFORMANCE

HERE = os.path.dirname(os.path.abspath(__file__))
with gzip.open(os.path.join(HERE, "data", "marshal.json.gz")) as _f:
    EXPECTED = json.loads(_f.read().decode("utf-8"))


def compile_program(key):
    with open(os.path.join(CONFORMANCE, key), "rb") as f:
        src = f.read().decode("latin-1")
    return compile_source(src, key, "exec", 0)


@pytest.mark.skipif(not os.path.isdir(CONFORMANCE), reason="no conformance suite")
def test_corpus_bytes_identical_to_27():
    bad = []
    for key in sorted(EXPECTED):
        code = compile_program(key)
        data = dumps_code(code)
        if data.encode("latin-1") != base64.b64decode(EXPECTED[key]):
            bad.append(key)
        # reading back gives the same code object
        again = loads_code(data)
        assert dumps_code(again) == data
        assert disassemble(again).count("\n") == disassemble(code).count("\n")
    assert bad == [], "%d of %d differ" % (len(bad), len(EXPECTED))
    assert len(EXPECTED) == 308


SNIPPETS = {
    # recorded with python2.7: marshal.dumps(compile(src, "s", "exec")).encode("hex")
    "x = (1, 2L, -3.5, 4j, 'a', u'\\xe9', None, 2**40, -2**100)\n":
        "6300000000000000000a000000400000007325000000640000640100640200640300640400640500640900640a00640c006609005a010064090053280d00000069010000006c010000000200670000000000000cc079000000000000000000000000000010407401000000617502000000c3a96902000000692800000069640000004e4900000000000100006c0700000000000000000000000000000000046cf9ffffff0000000000000000000000000004280200000074040000004e6f6e6574010000007828000000002800000000280000000074010000007374080000003c6d6f64756c653e010000007400000000",
    "def f(a, (b, c)=(1, 2)):\n    '''doc'''\n    return lambda: a + b\n"
    "x = ['!', '\\n', '', 'ab c', 'ab'[0], (1.5, 'q')]\n":
        "63000000000000000007000000400000007328000000640c006402008401005a0000640300640400640500640600640d00640e006706005a0100640b0053280f000000690100000069020000006302000000040000000200000003000000731c0000007c01005c02008901007d03008700008701006602006401008600005328020000007403000000646f6363000000000000000002000000130000007308000000880000880100175328010000004e280000000028000000002802000000740100000061740100000062280000000074010000007374080000003c6c616d6264613e03000000740000000028000000002804000000520100000074020000002e315202000000740100000063280000000028020000005201000000520200000052030000007401000000660100000073040000000300090274010000002173010000000a520500000073040000006162206374020000006162690000000067000000000000f83f7401000000714e2802000000690100000069020000005201000000280200000067000000000000f83f520b00000028020000005208000000740100000078280000000028000000002800000000520300000074080000003c6d6f64756c653e0100000073020000000c03",
}


@pytest.mark.parametrize("src", sorted(SNIPPETS))
def test_snippet_bytes(src):
    got = dumps_code(compile_source(src, "s", "exec", 0)).encode("latin-1").hex()
    assert got == SNIPPETS[src]


def test_pyc_image():
    code = compile_source("def f(a):\n    return a + 1\nprint f(2)\n", "m.py", "exec", 0)
    data = pyc.dumps_pyc(code, 1234567890)
    assert data[:4] == "\x26\xf4\r\n"
    assert data[:4] != pyc.magic_bytes(pyc.CPYTHON27_MAGIC)
    assert pyc.read_mtime(data) == 1234567890
    assert data[8:] == dumps_code(code)
    assert disassemble(pyc.loads_pyc(data)) == disassemble(code)
    with pytest.raises(MarshalError):
        pyc.loads_pyc(pyc.magic_bytes(pyc.CPYTHON27_MAGIC) + data[4:])
    with pytest.raises(MarshalError):
        loads_code(dumps_code(code)[:-3])
