"""Structures with an explicit byte order: the native order is plain
Structure, the other one swaps every field's bytes (integer and floating
point fields, arrays of them, nested structures of the same kind)."""
import sys
from ctypes import Structure, Array

_array_type = type(Array)
_SWAPPED_ATTR = "__ctype_be__" if sys.byteorder == "little" else "__ctype_le__"


def _other_endian(typ):
    """The byte-swapped version of a field type."""
    swapped = getattr(typ, _SWAPPED_ATTR, None)
    if swapped is not None:
        return swapped
    if isinstance(typ, _array_type):
        return _other_endian(typ._type_) * typ._length_
    if issubclass(typ, Structure):
        return typ
    raise TypeError("This type does not support other endian: %s" % typ)


class _swapped_meta(type(Structure)):
    def __setattr__(cls, name, value):
        if name == "_fields_":
            converted = []
            for field in value:
                rest = tuple(field[2:])
                converted.append((field[0], _other_endian(field[1])) + rest)
            value = converted
        super(_swapped_meta, cls).__setattr__(name, value)

    def __new__(mcls, name, bases, namespace):
        fields = namespace.pop("_fields_", None)
        cls = super(_swapped_meta, mcls).__new__(mcls, name, bases, namespace)
        if fields is not None:
            cls._fields_ = fields
        return cls


if sys.byteorder == "little":
    LittleEndianStructure = Structure

    class BigEndianStructure(Structure):
        """Structure with big endian byte order"""
        __metaclass__ = _swapped_meta
        _swappedbytes_ = None
elif sys.byteorder == "big":
    BigEndianStructure = Structure

    class LittleEndianStructure(Structure):
        """Structure with little endian byte order"""
        __metaclass__ = _swapped_meta
        _swappedbytes_ = None
else:
    raise RuntimeError("Invalid byteorder")
