"""Mutated conformance sources: the parser either succeeds or raises
SyntaxErr, never another exception, and never runs away in time."""
import os
import random
import time

import pytest

from pypy27.interpreter.pyparser.error import SyntaxErr
from pypy27.interpreter.pyparser.parser import parse

from pypy27.tests.paths import CONFORMANCE  # noqa: E402
PIECES = ["(", ")", "[", "]", "{", "}", ":", ",", "\n", "    ", "\t", "'", '"',
          "'''", "\\", "=", "lambda", "yield", "print", "for", "if", "else",
          "*", "**", "@", "`", ".", "0x", "1L", "u'", "\xe9", "#", "-", "not"]


def sources() -> list[str]:
    found = []
    for sub in ("lang", "builtins", "stdlib"):
        d = os.path.join(CONFORMANCE, sub)
        if os.path.isdir(d):
            for name in sorted(os.listdir(d)):
                if name.endswith(".py"):
                    with open(os.path.join(d, name), "rb") as f:
                        found.append(f.read().decode("latin-1"))
    return found


def mutate(rng: random.Random, src: str) -> str:
    for _ in range(rng.randint(1, 4)):
        if not src:
            break
        i = rng.randrange(len(src))
        j = min(len(src), i + rng.randint(1, 12))
        kind = rng.randrange(5)
        if kind == 0:    # delete a span
            src = src[:i] + src[j:]
        elif kind == 1:  # duplicate a span
            src = src[:j] + src[i:j] + src[j:]
        elif kind == 2:  # swap two spans
            k = rng.randrange(len(src))
            a, b = sorted((i, k))
            src = src[:a] + src[b:b + 5] + src[a + 5:b] + src[a:a + 5] + src[b + 5:]
        elif kind == 3:  # insert a token-like piece
            src = src[:i] + rng.choice(PIECES) + src[i:]
        else:            # truncate
            src = src[:i]
    return src


def run_fuzz(seed: int, budget: float, per_case: float) -> int:
    corpus = sources()
    if not corpus:
        pytest.skip("no conformance suite")
    rng = random.Random(seed)
    deadline = time.time() + budget
    count = 0
    while time.time() < deadline:
        src = mutate(rng, rng.choice(corpus))
        mode = rng.choice(["exec", "exec", "exec", "eval", "single"])
        start = time.time()
        try:
            parse(src, "<fuzz>", mode, 0)
        except SyntaxErr:
            pass
        except Exception as e:  # report the input that broke the parser
            raise AssertionError("%r on %s input %r" % (e, mode, src)) from e
        assert time.time() - start < per_case, "slow parse of %r" % src
        count += 1
    return count


def test_fuzz_fast() -> None:
    assert run_fuzz(seed=27, budget=3.0, per_case=1.0) > 0


@pytest.mark.slow
def test_fuzz_long() -> None:
    for seed in range(10):
        run_fuzz(seed=1000 + seed, budget=30.0, per_case=1.0)
