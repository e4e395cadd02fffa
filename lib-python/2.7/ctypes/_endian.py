"""Structures with an explicit byte order.  The machine's own order is plain
Structure; for the other one every field type is replaced by its
byte-swapped variant (integers, floats, arrays of them; nested structures
are kept as they are)."""
import sys
from ctypes import Array, Structure

_NATIVE_LITTLE = sys.byteorder == "little"
if sys.byteorder not in ("little", "big"):
    raise RuntimeError("Invalid byteorder")


def _swapped(field_type):
    attr = "__ctype_be__" if _NATIVE_LITTLE else "__ctype_le__"
    variant = getattr(field_type, attr, None)
    if variant is not None:
        return variant
    if isinstance(field_type, type(Array)):
        return _swapped(field_type._type_) * field_type._length_
    if issubclass(field_type, Structure):
        return field_type
    raise TypeError("This type does not support other endian: %s" % field_type)


def _swap_fields(fields):
    return [(f[0], _swapped(f[1])) + tuple(f[2:]) for f in fields]


class _ForeignOrderMeta(type(Structure)):
    """Converts _fields_ whether given in the class body or assigned later."""

    def __new__(mcls, name, bases, namespace):
        if "_fields_" in namespace:
            namespace["_fields_"] = _swap_fields(namespace["_fields_"])
        return type(Structure).__new__(mcls, name, bases, namespace)

    def __setattr__(cls, name, value):
        if name == "_fields_":
            value = _swap_fields(value)
        type(Structure).__setattr__(cls, name, value)


_Foreign = _ForeignOrderMeta("_Foreign", (Structure,), {"_swappedbytes_": None})

if _NATIVE_LITTLE:
    LittleEndianStructure = Structure
    BigEndianStructure = _ForeignOrderMeta("BigEndianStructure", (_Foreign,), {})
else:
    BigEndianStructure = Structure
    LittleEndianStructure = _ForeignOrderMeta("LittleEndianStructure", (_Foreign,), {})
