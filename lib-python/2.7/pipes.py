"""Shell quoting (pipes.quote); the pipeline Template class is not provided."""

import string

__all__ = ["quote"]

_SAFE = frozenset(string.ascii_letters + string.digits + '@%_-+=:,./')


def quote(file):
    """file quoted for a POSIX shell: unchanged when every character is
    safe, otherwise in single quotes (a quote inside becomes '"'"')."""
    if not file:
        return "''"
    for c in file:
        if c not in _SAFE:
            return "'" + file.replace("'", "'\"'\"'") + "'"
    return file
