# gc: the switches, thresholds, debug flags and argument errors
import gc


def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

print gc.isenabled()
gc.disable()
print gc.isenabled()
gc.enable()
print gc.isenabled()
print type(gc.collect()).__name__, type(gc.collect(1)).__name__
print len(gc.get_threshold()), len(gc.get_count())
old = gc.get_threshold()
gc.set_threshold(500)
print gc.get_threshold()[0]
gc.set_threshold(*old)
print gc.get_threshold() == old
print gc.get_debug()
gc.set_debug(gc.DEBUG_STATS)
print gc.get_debug()
gc.set_debug(0)
print gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_INSTANCES, gc.DEBUG_OBJECTS
print gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.garbage
t(lambda: gc.set_threshold())
t(lambda: gc.set_threshold(1, 2, 3, 4))
t(lambda: gc.collect(3))
t(lambda: gc.collect('x'))
t(lambda: gc.set_debug('x'))
t(lambda: gc.is_tracked())
print gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(None), gc.is_tracked([]), gc.is_tracked({})
print gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(gc)


class A(object):
    pass
a = A()
a.x = 1
print gc.get_referents([1, 'a']), gc.get_referents((2, 3)), gc.get_referents({'k': 'v'})
print gc.get_referents(1), len(gc.get_referents(a)), gc.get_referents(a)[1] is A
print type(gc.get_referrers(a)).__name__, type(gc.get_objects()).__name__
print gc.__doc__.splitlines()[0]
