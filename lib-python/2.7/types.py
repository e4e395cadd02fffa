"""Names for the built-in types, obtained from live objects."""
import sys

NoneType = type(None)
TypeType = type
ObjectType = object
IntType = int
LongType = long
FloatType = float
BooleanType = bool
try:
    ComplexType = complex
except NameError:
    pass
StringType = str
try:
    UnicodeType = unicode
    StringTypes = (StringType, UnicodeType)
except NameError:
    StringTypes = (StringType,)
try:
    BufferType = buffer
except NameError:
    pass
TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _a_function():
    pass

FunctionType = type(_a_function)
LambdaType = type(lambda: None)
CodeType = type(_a_function.func_code)


def _a_generator():
    yield 1

GeneratorType = type(_a_generator())


class _AClass:
    def _a_method(self):
        pass

ClassType = type(_AClass)
UnboundMethodType = type(_AClass._a_method)
_an_instance = _AClass()
InstanceType = type(_an_instance)
MethodType = type(_an_instance._a_method)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
FileType = file
XRangeType = xrange

try:
    raise TypeError
except TypeError:
    _tb = sys.exc_info()[2]
    TracebackType = type(_tb)
    FrameType = type(_tb.tb_frame)
    del _tb

SliceType = slice
EllipsisType = type(Ellipsis)
DictProxyType = type(TypeType.__dict__)
NotImplementedType = type(NotImplemented)
GetSetDescriptorType = type(FunctionType.func_code)


class _Slotted(object):
    __slots__ = ('_slot',)

MemberDescriptorType = type(_Slotted.__dict__['_slot'])

del sys, _Slotted, _a_function, _a_generator, _AClass, _an_instance
