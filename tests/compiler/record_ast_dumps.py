"""Record CPython 2.7's ast.dump() of every conformance program.

Run with a Python 2.7 interpreter (never needed by the tests themselves):
    python2.7 tests/compiler/record_ast_dumps.py
writes tests/compiler/data/ast_dumps.json: {relative path: dump}, or for a
file 2.7 rejects {relative path: {"error": [type, msg, lineno, offset]}}.
"""
import ast
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONFORMANCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "conformance")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else CONFORMANCE
    result = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".py") or dirpath == root:
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            with open(path, "rb") as f:
                src = f.read()
            try:
                tree = compile(src, rel, "exec", ast.PyCF_ONLY_AST)
                result[rel] = ast.dump(tree)
            except SyntaxError as e:
                result[rel] = {"error": [type(e).__name__, e.msg, e.lineno, e.offset]}
    out = os.path.join(HERE, "data", "ast_dumps.json")
    with open(out, "w") as f:
        json.dump(result, f, indent=0, sort_keys=True)
    print("%d files recorded in %s" % (len(result), out))


if __name__ == "__main__":
    main()
