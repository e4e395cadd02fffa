"""The support library: host-side modules that translated code imports.

  rarith       machine-integer arithmetic: ovfcheck, intmask, unsigned ops
  objectmodel  mixin, r_dict, we_are_translated, StackOverflow, compute_hash
  jit          JIT hints: JitDriver, promote, elidable, virtualizable, ...
  ffi          external(): C functions (ctypes untranslated); errno
  rawmem       raw memory: raw_alloc/raw_free and typed loads/stores
  fileio       read_file/write_file built on ffi + rawmem
  utf8         unicode text as UTF-8 inside byte strings
  markers      @primitive / @not_rpython: how the translator treats a function
  importroot   the pypy27 import scheme (host tooling only)

A function, class or object carrying ``_primitive_`` (see markers.py) has a
host-only body: the translator emits its own C for it.  Everything else here
(utf8, fileio, int_c_div, compute_hash, ...) is ordinary subset code.
"""
