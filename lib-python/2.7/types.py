"""Names for the built-in types, obtained from live objects."""
import sys

# classes that are built-in names
NoneType = type(None)
TypeType, ObjectType = type, object
IntType, LongType, FloatType, BooleanType, ComplexType = int, long, float, bool, complex
StringType, UnicodeType = str, unicode
StringTypes = (str, unicode)
BufferType = buffer
TupleType, ListType = tuple, list
DictType = DictionaryType = dict
FileType, XRangeType, SliceType = file, xrange, slice
ModuleType = type(sys)

# the rest are the types of sample objects


def _sample_function():
    pass


def _sample_generator():
    yield None


class _OldStyle:
    def method(self):
        pass


def _sample_traceback():
    try:
        raise TypeError
    except TypeError:
        return sys.exc_info()[2]


class _Slotted(object):
    __slots__ = ('slot',)


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.func_code)
GeneratorType = type(_sample_generator())

ClassType = type(_OldStyle)
InstanceType = type(_OldStyle())
UnboundMethodType = type(_OldStyle.method)
MethodType = type(_OldStyle().method)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

TracebackType = type(_sample_traceback())
FrameType = type(_sample_traceback().tb_frame)

EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
DictProxyType = type(type.__dict__)
GetSetDescriptorType = type(FunctionType.func_code)
MemberDescriptorType = type(_Slotted.__dict__['slot'])

del sys, _sample_function, _sample_generator, _OldStyle, _sample_traceback, _Slotted
