"""Bad input never kills the interpreter: runs tests/modules/fuzz_badinput.py on
the translated binary, restarting after the call that crashed or hung it, and
fails listing every such call.

Developers can also compare the exception types with CPython 2.7.18:
    python3 tests/modules/test_fuzz_badinput.py [--compare] [EXE]
"""
import os
import select
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVER = os.path.join(HERE, "fuzz_badinput.py")
HANG_SECONDS = 10.0
START_SECONDS = 120.0  # the driver builds its list of calls first
# the test runs every CI_STEP-th call (all of them take minutes); a prime step
# so that each function still meets a spread of argument kinds
CI_STEP = 23


def run_fuzz(exe: str, cwd: str, verbose: bool = False, start: int = 0, step: int = 1) -> tuple[dict[int, str], list[tuple[int, str]]]:
    """Runs every call; returns ({call number: outcome}, [(call number, failure)])."""
    results: dict[int, str] = {}
    failures: list[tuple[int, str]] = []
    while True:
        err = tempfile.TemporaryFile()
        p = subprocess.Popen([exe, DRIVER, "run", str(start), str(step)], stdout=subprocess.PIPE,
                             stderr=err, stdin=subprocess.DEVNULL, cwd=cwd)
        current, done, hung = -1, False, False
        buf = b""
        deadline = time.monotonic() + START_SECONDS
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                hung = True
                p.kill()
                break
            ready, _, _ = select.select([p.stdout], [], [], left)
            if not ready:
                continue
            chunk = os.read(p.stdout.fileno(), 65536)
            if not chunk:
                break
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for line in lines:
                text = line.decode("latin-1")
                if text.startswith("@"):
                    current = int(text[1:])
                    deadline = time.monotonic() + HANG_SECONDS
                elif text.startswith("done"):
                    done = True
                else:
                    n, kind = text.split(" ", 1)
                    results[int(n)] = kind
        p.wait()
        err.seek(0)
        tail = err.read().decode("latin-1").strip().splitlines()[-1:]
        err.close()
        if done:
            return results, failures
        if current < 0:
            failures.append((start, "driver failed to start: %s" % tail))
            return results, failures
        why = "hung" if hung else "exit status %d" % p.returncode
        failures.append((current, "%s %s" % (why, " ".join(tail))))
        if verbose:
            print("crash at call %d: %s" % failures[-1], flush=True)
        results[current] = "CRASH"
        start = current + step


def call_texts(exe: str, cwd: str) -> list[str]:
    out = subprocess.run([exe, DRIVER, "list"], stdout=subprocess.PIPE, cwd=cwd,
                         stdin=subprocess.DEVNULL, timeout=120).stdout.decode("latin-1")
    return [line.split(" ", 1)[1] for line in out.splitlines()]


def test_bad_input_never_crashes(tmp_path: object) -> None:
    from pypy27.tests.translator.translation import translated
    exe = translated("pypy27.goal.targetpypy")
    results, failures = run_fuzz(exe, str(tmp_path), step=CI_STEP)
    if failures:
        texts = call_texts(exe, str(tmp_path))
        report = ["%s: %s" % (texts[n] if n < len(texts) else n, why) for n, why in failures]
        raise AssertionError("bad input crashed the interpreter:\n" + "\n".join(report))
    assert len(results) > 10000 // CI_STEP


def main() -> None:
    args = sys.argv[1:]
    compare = "--compare" in args
    start, step = 0, 1
    if "--step" in args:
        i = args.index("--step")
        step = int(args[i + 1])
        del args[i:i + 2]
    if "--start" in args:
        i = args.index("--start")
        start = int(args[i + 1])
        del args[i:i + 2]
    args = [a for a in args if a != "--compare"]
    exe = args[0] if args else os.path.join(HERE, "..", "..", "pypy")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.monotonic()
        results, failures = run_fuzz(exe, tmp, True, start, step)
        print("%d calls in %.1f s" % (len(results), time.monotonic() - t0))
        texts = call_texts(exe, tmp)
        for n, why in failures:
            print("CRASH %s: %s" % (texts[n], why))
        if not compare:
            return
        py27 = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE, text=True).stdout.strip() \
            + "/versions/2.7.18/bin/python2.7"
    with tempfile.TemporaryDirectory() as tmp:
        ref, _ = run_fuzz(py27, tmp, False, start, step)
        ref_texts = call_texts(py27, tmp)
    ours = {texts[n]: kind for n, kind in results.items()}
    theirs = {ref_texts[n]: kind for n, kind in ref.items()}
    for text in texts:
        # with --step the two lists sample different calls: compare the common ones
        if text in theirs and text in ours and ours[text] != theirs[text]:
            print("DIFF %s: ours %s, 2.7 %s" % (text, ours.get(text), theirs[text]))


if __name__ == "__main__":
    main()
