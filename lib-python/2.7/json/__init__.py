"""JSON (JavaScript Object Notation, RFC 7159) encoder and decoder.

    dumps(obj) -> str        loads(str) -> obj
    dump(obj, fp)            load(fp) -> obj

The output formatting and the error messages are those of CPython 2.7.
"""
__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONEncoder']


from .decoder import JSONDecoder
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()


def dump(obj, fp, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to the file-like fp (which needs .write())."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and
            indent is None and separators is None and encoding == 'utf-8' and default is None and
            not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                       allow_nan=allow_nan, indent=indent, separators=separators, encoding=encoding,
                       default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str (unicode when ensure_ascii is
    false and the input holds unicode)."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and
            indent is None and separators is None and encoding == 'utf-8' and default is None and
            not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, encoding=encoding,
               default=default, sort_keys=sort_keys, **kw).encode(obj)


_default_decoder = JSONDecoder(encoding=None, object_hook=None, object_pairs_hook=None)


def load(fp, encoding=None, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (which needs .read())."""
    return loads(fp.read(), encoding=encoding, cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, encoding=None, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document s (str or unicode) to a Python object."""
    hooks = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    given = dict((name, hook) for name, hook in hooks if hook is not None)
    if cls is None and encoding is None and not given and not kw:
        return _default_decoder.decode(s)     # the shared decoder of the defaults
    kw.update(given)
    return (JSONDecoder if cls is None else cls)(encoding=encoding, **kw).decode(s)
