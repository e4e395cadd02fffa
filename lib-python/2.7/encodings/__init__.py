"""Standard encodings: the codec search function registered with the codec
registry.  An encoding name is normalised (runs of characters other than
letters, digits and '.' become one '_'), mapped through encodings.aliases
and found as the module encodings.<name>, whose getregentry() returns the
CodecInfo.  Charmap codecs the object space implements come from one
factory (encodings._native) instead of a module each."""

import codecs
from encodings import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Collapse each run of characters other than alphanumerics and '.'
    into one '_', dropping leading and trailing ones."""
    if isinstance(encoding, unicode):
        encoding = encoding.encode('latin-1')
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def _module_entry(modname):
    """getregentry() of encodings.<modname>, or None if there is no such module."""
    try:
        mod = __import__('encodings.' + modname, fromlist=_import_tail, level=0)
    except ImportError:
        return None
    getregentry = getattr(mod, 'getregentry', None)
    if getregentry is None:
        return None
    return getregentry()


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding)
    aliased = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    modnames = [aliased, norm] if aliased is not None else [norm]
    entry = None
    for modname in modnames:
        if not modname or '.' in modname:
            continue
        entry = _module_entry(modname)
        if entry is None:
            from encodings import _native
            if modname in _native.CHARMAP_MODULES:
                entry = _native.make_entry(modname)
        if entry is not None:
            break
    if entry is None:
        _cache[encoding] = None
        return None
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (modname, entry))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    return entry


codecs.register(search_function)
