"""The import scheme: the repository root is the package ``pypy27``.

Top-level folders such as ``gc/`` would be shadowed by host modules of the same
name if the repository root itself were on ``sys.path``, so it never is.
Instead ``build/importroot/pypy27`` is a symlink to the repository root and
``build/importroot`` goes on ``sys.path`` (and on mypy's search path); every
import in the project is absolute: ``from pypy27.support.rarith import ovfcheck``.
"""
import os
import sys

HOST_ONLY = True   # build-time module: the subset checker skips it

ROOT_PACKAGE = "pypy27"
REPO = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
IMPORT_ROOT = os.path.join(REPO, "build", "importroot")


def ensure() -> str:
    """Create the symlink if needed and put its folder on sys.path."""
    link = os.path.join(IMPORT_ROOT, ROOT_PACKAGE)
    if not os.path.islink(link):
        os.makedirs(IMPORT_ROOT, exist_ok=True)
        try:
            os.symlink(os.path.relpath(REPO, IMPORT_ROOT), link)
        except FileExistsError:
            pass
    if IMPORT_ROOT not in sys.path:
        sys.path.insert(0, IMPORT_ROOT)
    return IMPORT_ROOT


if __name__ == "__main__":
    print(ensure())
