"""Record CPython 2.7's marshal.dumps(compile(source, "<folder>/<name>",
"exec")) for every conformance program 2.7 compiles.

Run with a Python 2.7 interpreter (never needed by the tests themselves):
    python2.7 tests/compiler/record_marshal.py
writes tests/compiler/data/marshal.json.gz: {"<folder>/<name>": base64}.
"""
import base64
import gzip
import json
import marshal
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CONFORMANCE = os.path.join(HERE, "..", "..", "..", "shared", "conformance")


def main():
    result = {}
    for folder in ["lang", "builtins", "stdlib"]:
        d = os.path.join(CONFORMANCE, folder)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            with open(os.path.join(d, name), "rb") as f:
                src = f.read()
            try:
                code = compile(src, folder + "/" + name, "exec")
            except SyntaxError:
                continue
            result[folder + "/" + name] = base64.b64encode(marshal.dumps(code))
    out = os.path.join(HERE, "data", "marshal.json.gz")
    f = gzip.GzipFile(out, "wb", mtime=0)
    f.write(json.dumps(result, indent=0, sort_keys=True))
    f.close()
    print("%d programs recorded in %s" % (len(result), out))


if __name__ == "__main__":
    main()
