"""The JSON scanner factory (the scanner itself lives in decoder.py)."""
from .decoder import _Scanner

__all__ = ['make_scanner']


def make_scanner(context):
    """A callable scan_once(string, idx) -> (value, end) for a decoder."""
    return _Scanner(context)
