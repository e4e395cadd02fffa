"""Record CPython 2.7's ast.dump(tree, include_attributes=True) of every
conformance program (positions: lineno and col_offset of every node).

Run with a Python 2.7 interpreter (never needed by the tests themselves):
    python2.7 tests/compiler/record_ast_positions.py
writes tests/compiler/data/ast_positions.json.gz: {relative path: dump};
files 2.7 rejects are left out (data/ast_dumps.json has their errors).
"""
import ast
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONFORMANCE = os.path.join(HERE, "..", "..", "..", "shared", "conformance")


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
            except SyntaxError:
                continue
            result[rel] = ast.dump(tree, include_attributes=True)
    out = os.path.join(HERE, "data", "ast_positions.json.gz")
    f = gzip.GzipFile(out, "wb", mtime=0)
    f.write(json.dumps(result, indent=0, sort_keys=True))
    f.close()
    print("%d files recorded in %s" % (len(result), out))


if __name__ == "__main__":
    main()
