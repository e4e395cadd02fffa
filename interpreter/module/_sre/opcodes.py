"""The pattern-code format read by the engine (written by lib-python's
sre_compile.py, which must use the same numbers).

A compiled pattern is a flat list of ints:
    code[0]   number of registers (group marks, lastindex, repeat counters)
    code[1]   index of the program's first instruction
    code[2:code[1]]  optional: an IN / IN_IGNORE instruction every match's
              first character passes (lets search skip positions)
    code[code[1]:]  the program; jump targets are absolute indices into `code`.
Keeping the program a constant list with absolute targets lets a JIT treat
`code` as green and specialise the matching loop on `pc`."""


# --- program opcodes -------------------------------------------------------
FAILURE = 0
SUCCESS = 1
ANY = 2                  # any char but newline
ANY_ALL = 3
AT = 4                   # AT kind
LITERAL = 5              # LITERAL c
NOT_LITERAL = 6
LITERAL_IGNORE = 7       # c already lowered
NOT_LITERAL_IGNORE = 8
IN = 9                   # IN skip_to set... ; set ends with SET_FAILURE
IN_IGNORE = 10
SPLIT = 11               # SPLIT alt: try next instruction, on failure alt
JUMP = 12                # JUMP target
MARK = 13                # MARK n
REPEAT_ONE = 14          # REPEAT_ONE min max tail item...   (greedy, item matches one char)
MIN_REPEAT_ONE = 15      # MIN_REPEAT_ONE min max tail item...
REPEAT = 16              # REPEAT reg until_pc       (body follows)
MAX_UNTIL = 17           # MAX_UNTIL reg min max body_pc
MIN_UNTIL = 18           # MIN_UNTIL reg min max body_pc
GROUPREF = 19            # GROUPREF g  (g counts from 0 for group 1)
GROUPREF_IGNORE = 20
GROUPREF_EXISTS = 21     # GROUPREF_EXISTS g else_pc
ASSERT = 22              # ASSERT back end_pc  body... ASSERT_END
ASSERT_NOT = 23
ASSERT_END = 24
CATEGORY = 25            # CATEGORY cat (outside a set)
LITERAL_STRING = 26      # LITERAL_STRING n c1..cn

# --- set items (inside IN) -------------------------------------------------
SET_FAILURE = 0
SET_LITERAL = 1          # SET_LITERAL c
SET_RANGE = 2            # SET_RANGE lo hi
SET_CATEGORY = 3         # SET_CATEGORY cat
SET_NEGATE = 4
SET_BITMAP = 5           # SET_BITMAP w0..w7: chars 0..255, 32 bits per word

# --- AT kinds ----------------------------------------------------------------
AT_BEGINNING = 0
AT_BEGINNING_LINE = 1
AT_BEGINNING_STRING = 2
AT_BOUNDARY = 3
AT_NON_BOUNDARY = 4
AT_END = 5
AT_END_LINE = 6
AT_END_STRING = 7
AT_LOC_BOUNDARY = 8
AT_LOC_NON_BOUNDARY = 9
AT_UNI_BOUNDARY = 10
AT_UNI_NON_BOUNDARY = 11

# --- categories --------------------------------------------------------------
CAT_DIGIT = 0
CAT_NOT_DIGIT = 1
CAT_SPACE = 2
CAT_NOT_SPACE = 3
CAT_WORD = 4
CAT_NOT_WORD = 5
CAT_LINEBREAK = 6
CAT_NOT_LINEBREAK = 7
CAT_LOC_WORD = 8
CAT_LOC_NOT_WORD = 9
CAT_UNI_DIGIT = 10
CAT_UNI_NOT_DIGIT = 11
CAT_UNI_SPACE = 12
CAT_UNI_NOT_SPACE = 13
CAT_UNI_WORD = 14
CAT_UNI_NOT_WORD = 15
CAT_UNI_LINEBREAK = 16
CAT_UNI_NOT_LINEBREAK = 17

# --- flags -------------------------------------------------------------------
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64

MAXREPEAT = 4294967295
