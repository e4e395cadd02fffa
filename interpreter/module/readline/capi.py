"""GNU readline as externals: the library's own functions, and the glue of
rl_glue.h (which exists only in the translated interpreter: untranslated,
the readline module cannot be imported)."""
from typing import Optional

from pypy27.support.ffi import external

L = "readline"
H = "<readline/readline.h>"
HH = "<readline/history.h>"
# The quoted path is found through the translator's -I of its runtime folder.
G = '"../../../interpreter/module/readline/rl_glue.h"'

c_setup = external("pyrl_setup", [], "long", G, L)
c_begin = external("pyrl_begin", ["char*"], "void", G, L)
c_feed = external("pyrl_feed", ["long"], "long", G, L)
c_has_line = external("pyrl_has_line", [], "long", G, L)
c_line = external("pyrl_line", [], "char*", G, L)
c_end = external("pyrl_end", [], "void", G, L)
c_abort = external("pyrl_abort", [], "void", G, L)

c_key_completes = external("pyrl_key_completes", ["long", "long"], "long", G, L)
c_word_start = external("pyrl_word_start", [], "long", G, L)
c_completion_type = external("pyrl_completion_type", [], "long", G, L)
c_clear_matches = external("pyrl_clear_matches", [], "void", G, L)
c_add_match = external("pyrl_add_match", ["char*"], "void", G, L)
c_arm = external("pyrl_arm", [], "void", G, L)
c_begidx = external("pyrl_begidx", [], "long", G, L)
c_endidx = external("pyrl_endidx", [], "long", G, L)
c_set_display_hook = external("pyrl_set_display_hook", ["long"], "void", G, L)
c_display_pending = external("pyrl_display_pending", [], "long", G, L)
c_display_count = external("pyrl_display_count", [], "long", G, L)
c_display_max = external("pyrl_display_max", [], "long", G, L)
c_display_item = external("pyrl_display_item", ["long"], "char*", G, L)
c_display_done = external("pyrl_display_done", [], "void", G, L)
c_set_delims = external("pyrl_set_delims", ["char*"], "void", G, L)
c_get_delims = external("pyrl_get_delims", [], "char*", G, L)

c_line_buffer = external("pyrl_line_buffer", [], "char*", G, L)
c_point = external("pyrl_point", [], "long", G, L)
c_parse_and_bind = external("pyrl_parse_and_bind", ["char*"], "long", G, L)
c_read_init_file = external("pyrl_read_init_file", ["char*", "long"], "long", G, L)
c_insert_text = external("rl_insert_text", ["char*"], "int", H, L)
c_redisplay = external("rl_redisplay", [], "void", H, L)

c_history_length = external("pyrl_history_length", [], "long", G, L)
c_history_get = external("pyrl_history_get", ["long"], "char*", G, L)
c_remove_history = external("pyrl_remove_history", ["long"], "long", G, L)
c_replace_history = external("pyrl_replace_history", ["long", "char*"], "long", G, L)
c_read_history = external("pyrl_read_history", ["char*", "long"], "long", G, L)
c_write_history = external("pyrl_write_history", ["char*", "long", "long"], "long", G, L)
c_add_history = external("add_history", ["char*"], "void", HH, L)
c_add_history_unique = external("pyrl_add_history_unique", ["char*"], "void", G, L)
c_clear_history = external("clear_history", [], "void", HH, L)
c_version = external("pyrl_version", [], "long", G, L)
c_runtime_version = external("pyrl_runtime_version", [], "long", G, L)


def str_or_empty(s: Optional[str]) -> str:
    return s if s is not None else ""
