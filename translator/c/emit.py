"""Write the C sources of a translated program: one header, data, glue and
function files split in chunks so `make -j` and incremental rebuilds work."""
from __future__ import annotations

import os
from typing import Optional

from pypy27.translator import lltypes as L
from pypy27.translator.c.database import Database, collect_constants, emit_tables
from pypy27.translator.c.funcgen import CALL_OPS, NORMAL_RETURN, FuncGen, field_name, prototype
from pypy27.translator.ir.model import Graph
from pypy27.translator.program import FuncDesc, Program

RUNTIME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runtime")
HERE = os.path.dirname(os.path.abspath(__file__))
FUNCS_PER_FILE = 150
GC = "boehm"     # the bootstrap collector until gc/ provides ours

BUILTIN_EXCEPTIONS = [  # runtime kind -> class raised
    ("RT_EXC_INDEX", "builtins.IndexError"), ("RT_EXC_KEY", "builtins.KeyError"),
    ("RT_EXC_ZERODIV", "builtins.ZeroDivisionError"), ("RT_EXC_OVERFLOW", "builtins.OverflowError"),
    ("RT_EXC_VALUE", "builtins.ValueError"), ("RT_EXC_ASSERTION", "builtins.AssertionError"),
    ("RT_EXC_STACKOVERFLOW", "pypy27.support.objectmodel.StackOverflow"),
    ("RT_EXC_MEMORY", "builtins.MemoryError"), ("RT_EXC_OSERROR", "builtins.OSError"),
    ("RT_EXC_NOTIMPLEMENTED", "builtins.NotImplementedError"),
]


def builtin_exception_classes(prog: Program) -> dict[str, str]:
    """Make sure the classes the runtime raises exist; kind -> class fullname."""
    from mypy.nodes import TypeInfo
    out = {}
    for kind, fullname in BUILTIN_EXCEPTIONS:
        mod, _, name = fullname.rpartition(".")
        f = prog.typed.files.get(mod)
        if f is None or name not in f.names:
            mod, name = "builtins", "RecursionError"
            f = prog.typed.files["builtins"]
        node = f.names[name].node
        assert isinstance(node, TypeInfo)
        cd = prog.classdesc(node)
        cd.instantiated = True
        out[kind] = cd.fullname
    return out


def write_sources(prog: Program, entry: FuncDesc, outdir: str, rtdir: str,
                  debug: bool = False, thread_entry: Optional[FuncDesc] = None) -> list[str]:
    os.makedirs(outdir, exist_ok=True)
    db = Database(prog)
    exc_kinds = builtin_exception_classes(prog)
    graphs = prog.graphs()
    # constants may reach new classes and methods: iterate to a fixpoint
    while True:
        n = len(prog.funcs), len(prog.classes)
        collect_constants(db, graphs)
        prog.lower_all()
        graphs = prog.graphs()
        if (len(prog.funcs), len(prog.classes)) == n:
            break
    prog.assign_type_ids()
    db.inline_names = {g.c_name for g in graphs if g.c_name != entry.c_name and inline_candidate(g)}
    bodies = [FuncGen(db, g).generate() for g in graphs]
    emit_tables(db)
    # the inline copies go into program.h, after every declaration they may use
    db.inline_defs = [inline_copy(body) for g, body in zip(graphs, bodies) if g.c_name in db.inline_names]

    files: list[str] = []
    files.append(_write(outdir, "program.h", header(prog, db, graphs)))
    files.append(_write(outdir, "data.c", db.data_c()))
    files.append(_write(outdir, "glue.c", glue(prog, db, entry, exc_kinds, thread_entry)))
    for i in range(0, len(bodies), FUNCS_PER_FILE):
        chunk = bodies[i:i + FUNCS_PER_FILE]
        files.append(_write(outdir, "funcs_%03d.c" % (i // FUNCS_PER_FILE),
                            '#include "program.h"\n\n' + "\n\n".join(chunk) + "\n"))
    _write(outdir, "Makefile", makefile(files, debug, prog, rtdir))
    return files


# Small leaf functions (frame push/pop, field getters...) live in other C
# files than most of their callers, so the C compiler could not inline them.
# Each also gets a `static inline` copy, inl_<name>, in program.h, and direct
# calls use it; the out-of-line function stays the one whose address is taken
# (function pointers must stay unique: code compares them).
INLINE_MAX_OPS = 24


def inline_candidate(g: Graph) -> bool:
    nops = 0
    for b in g.reachable_blocks():
        for op in b.ops:
            if op.opname in CALL_OPS:
                return False
            nops += 1
    return nops <= INLINE_MAX_OPS


def inline_copy(body: str) -> str:
    first, rest = body.split("\n", 1)
    ret_and_name, params = first.split("(", 1)
    parts = ret_and_name.rsplit(" ", 1)
    # always_inline: gcc stops inlining plain `inline` functions into the
    # biggest callers (the interpreter's dispatch loop) once they have grown
    # past its limits, and these copies are small and call nothing
    # a normal return leaves no exception pending: said to gcc, it drops the
    # caller's test of rt_exc_value (a thread-local) after the inlined call
    rest = rest.replace(NORMAL_RETURN, "if (rt_exc_value != NULL) __builtin_unreachable(); ")
    return "static inline __attribute__((always_inline)) %s inl_%s(%s\n%s" % (parts[0], parts[1], params, rest)


def _write(outdir: str, name: str, text: str) -> str:
    path = os.path.join(outdir, name)
    # leave unchanged files alone so make rebuilds only what changed
    if os.path.exists(path):
        with open(path) as f:
            if f.read() == text:
                return name
    with open(path, "w") as f:
        f.write(text)
    return name


def header(prog: Program, db: Database, graphs: list[Graph]) -> str:
    out = ['#include "rt.h"', '#include "lowering_support.h"', '#include "primitives.h"', "#include <stdio.h>", "#include <stdlib.h>",
           "#include <unistd.h>", "#include <fcntl.h>", ""]
    for hdr in sorted({getattr(e, "header", "") for e in prog.externals.values()} - {""}):
        out.append("#include %s" % (hdr if hdr[0] in "<\"" else "<%s>" % hdr))
    for n in sorted(db.str_lengths):
        out.append("struct rt_str_%d { rt_hdr hdr; Signed hash; Signed length; char chars[%d]; };" % (n, n + 1))
    for cd in sorted(prog.classes.values(), key=lambda c: c.tid):
        out.append("#define TID_%s %d" % (cd.c_name, cd.tid))
        out.append("#define TIDMAX_%s %d" % (cd.c_name, cd.tid_max))
        fields = "".join(" %s %s;" % (t.c_name, field_name(n)) for n, t, _ in cd.all_fields())
        out.append("struct %s { rt_hdr hdr;%s };" % (cd.c_name, fields))
    for tt in list(db.tuple_types.values()):
        items = "".join(" %s item%d;" % (t.c_name, i) for i, t in enumerate(tt.items))
        out.append("struct %s { rt_hdr hdr;%s };" % (tt.struct_name(), items))
    for g in graphs:
        out.append(prototype(g) + ";")
    out.extend(db.decls)
    out.extend(db.object_decls())
    out.extend(db.inline_defs)
    return "\n".join(out) + "\n"


def glue(prog: Program, db: Database, entry: FuncDesc, exc_kinds: dict[str, str],
         thread_entry: Optional[FuncDesc] = None) -> str:
    out = ['#include "program.h"', ""]
    out.append("void rt_raise_builtin(int which, const char *msg) {")
    out.append("    (void)msg;\n    switch (which) {")
    for kind, fullname in exc_kinds.items():
        cd = prog.classes[fullname]
        out.append("    case %s: rt_exc_value = rt_gc_malloc(sizeof(struct %s), TID_%s, 1); return;"
                   % (kind, cd.c_name, cd.c_name))
    out.append("    default: abort();\n    }\n}")
    names = ["NULL"] * (max(c.tid for c in prog.classes.values()) + 1)
    for cd in prog.classes.values():
        names[cd.tid] = '"%s"' % cd.name
    out.append("static const char *class_names[] = {%s};" % ", ".join(names))
    out.append("const char *rt_class_name(void *obj) {")
    out.append("    uint32_t tid = ((rt_hdr *)obj)->tid;")
    out.append("    return tid < %d && class_names[tid] ? class_names[tid] : \"<object>\";" % len(names))
    out.append("}")
    out.append("void rt_init_prebuilt_data(void);")
    out.append("void rt_init_prebuilt(void) { rt_init_prebuilt_data(); }")
    assert entry.sig is not None
    out.append("Signed rt_entry_point(rt_list *argv) {")
    if entry.sig.result == L.Void:
        out.append("    %s(argv);\n    return 0;" % entry.c_name)
    else:
        out.append("    return %s(argv);" % entry.c_name)
    out.append("}")
    # what threads started by rt_thread.c run; programs without threads abort
    out.append("void rt_thread_entry_point(int64_t arg) {")
    out.append("    %s;" % ("abort()" if thread_entry is None else "(void)%s(arg)" % thread_entry.c_name))
    out.append("}")
    return "\n".join(out) + "\n"


def runtime_sources() -> list[str]:
    """One GC backend (rt_gc_<name>.c and its rt_gc_<name>_*.c parts) and
    every other runtime file."""
    return sorted(f for f in os.listdir(RUNTIME_DIR) if f.endswith(".c")
                  and (not f.startswith("rt_gc_") or f == "rt_gc_%s.c" % GC
                       or f.startswith("rt_gc_%s_" % GC)))


def cflags(debug: bool) -> str:
    opt = "-O0 -g -DRT_DEBUG" if debug else "-O2 -g"
    return ("%s -std=gnu99 -fno-strict-aliasing -fwrapv -Wno-unused-label -Wno-unused-variable "
            "-I%s -I%s -I." % (opt, RUNTIME_DIR, HERE))


def runtime_makefile(debug: bool) -> str:
    """The runtime is compiled once per flavour into a static library shared by all programs."""
    srcs = runtime_sources()
    objs = [f[:-2] + ".o" for f in srcs]
    lines = ["CC = gcc", "CFLAGS = %s" % cflags(debug), "",
             "librt.a: %s" % " ".join(objs), "\trm -f $@ && ar rcs $@ $^", ""]
    for f, o in zip(srcs, objs):
        lines.append("%s: %s/%s $(wildcard %s/*.h)" % (o, RUNTIME_DIR, f, RUNTIME_DIR))
        lines.append("\t$(CC) $(CFLAGS) -c $< -o $@")
    return "\n".join(lines) + "\n"


def makefile(files: list[str], debug: bool, prog: Program, rtdir: str) -> str:
    libs = sorted({"-l" + getattr(e, "lib") for e in prog.externals.values()
                   if getattr(e, "lib", "c") not in ("c", "")})
    objs = [f[:-2] + ".o" for f in files if f.endswith(".c")]
    # modules' own headers (quoted, relative to the build folder, e.g. _ctypes'
    # ct_ffi.h) are included by program.h: a change there must recompile too
    local = sorted({getattr(e, "header", "")[1:-1] for e in prog.externals.values()
                    if getattr(e, "header", "").startswith('"../')})
    lines = [
        "CC = gcc",
        "CFLAGS = %s" % cflags(debug),
        "LIBS = %s/librt.a -lgc -lm %s" % (rtdir, " ".join(libs)),
        "OBJS = %s" % " ".join(objs),
        "",
        "program: $(OBJS) %s/librt.a" % rtdir,
        # -no-pie: the prebuilt data holds many pointers, which a PIE relocates
        # page by page at every start-up
        "\t$(CC) -no-pie -o $@ $(OBJS) $(LIBS)",
        "",
        # the runtime's headers too: a change there (e.g. to a thread-local
        # variable) must recompile the generated code
        "%%.o: %%.c program.h $(wildcard %s/*.h) %s" % (RUNTIME_DIR, " ".join(local)),
        "\t$(CC) $(CFLAGS) -c $< -o $@",
        "",
    ]
    return "\n".join(lines) + "\n"
