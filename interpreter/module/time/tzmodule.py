"""The time module object: timezone, altzone, daylight and tzname describe
the machine ./pypy runs on, so they are computed when first looked at (not
frozen at build time), and again by tzset()."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.builtin.moduleobject import W_Module
from pypy27.interpreter.module.time import ctm

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# about a year: stepping from a multiple of it lands in January, half of it later in July
YEAR = (365 * 24 + 6) * 3600
TZ_NAMES = {"timezone": True, "altzone": True, "daylight": True, "tzname": True}


class W_TimeModule(W_Module):
    tz_ready: bool

    def __init__(self, space: "ObjSpace", w_name: Optional[W_Root]) -> None:
        W_Module.__init__(self, space, w_name)
        self.tz_ready = False

    def _ensure_tz(self, space: "ObjSpace") -> None:
        if not self.tz_ready:
            self.tz_ready = True
            init_timezone(space, self)

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        self._ensure_tz(space)
        return W_Module.getdict(self, space)

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        # only these names trigger the computation: the build itself reads
        # __name__ and must not freeze the build machine's zone
        if name in TZ_NAMES:
            self._ensure_tz(space)
        return W_Module.getdictvalue(self, space, name)


def init_timezone(space: "ObjSpace", w_mod: W_Module) -> None:
    """Compare the local offsets of January and July: the larger offset west
    of UTC is standard time (so the southern hemisphere works too)."""
    ctm.tzset()
    t = (ctm.now_seconds() // YEAR) * YEAR
    jan = ctm.convert(t, True)
    jul = ctm.convert(t + YEAR // 2, True)
    janzone = -jan.gmtoff
    julzone = -jul.gmtoff
    janname = jan.zone if jan.zone != "" else "   "
    julname = jul.zone if jul.zone != "" else "   "
    if janzone < julzone:
        timezone, altzone, names = julzone, janzone, [julname, janname]
    else:
        timezone, altzone, names = janzone, julzone, [janname, julname]
    w_mod.setattr_str(space, "timezone", space.newint(timezone))
    w_mod.setattr_str(space, "altzone", space.newint(altzone))
    w_mod.setattr_str(space, "daylight", space.newint(1 if janzone != julzone else 0))
    w_mod.setattr_str(space, "tzname", space.newtuple([space.newstr(names[0]), space.newstr(names[1])]))


class ModuleHolder(object):
    w_time: Optional[W_TimeModule]


holder = ModuleHolder()
holder.w_time = None


def time_tzset(space: "ObjSpace") -> W_Root:
    w_mod = holder.w_time
    assert w_mod is not None
    w_mod.tz_ready = True
    init_timezone(space, w_mod)
    return space.w_None
