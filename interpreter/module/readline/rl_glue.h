/* GNU readline driven one key at a time, without C-to-interpreter calls.
 *
 * The interpreter reads each byte of the terminal itself and hands it to
 * readline's callback interface (rl_callback_read_char) through rl_getc_function.
 * Before a key that runs a completion command, the interpreter asks the
 * Python completer for all matches and stores them here; readline's completion
 * function then serves them.  A completion display hook only records the
 * matches: the interpreter calls the Python hook after the key.  Readline's
 * variables (rl_point, history_length...) are read and written through small
 * functions, since externals are functions.
 *
 * The header is included by every generated C file: the state is one weak
 * global, the functions are static. */
#ifndef PYPY27_RL_GLUE_H
#define PYPY27_RL_GLUE_H
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

typedef struct {
    int pending;            /* the byte the interpreter fed, or -1 */
    int done;               /* the line handler ran for the current line */
    char *line;             /* that line (readline's malloc), NULL: end of file */
    char **matches;         /* completions for the next completion command */
    int nmatches, cap, armed, gen_index;
    long begidx, endidx;
    int display_pending;    /* the display hook ran: display_* hold its arguments */
    char **display;
    int ndisplay, display_max;
    char *delims;           /* our copy of rl_completer_word_break_characters */
    char *saved_locale;
} pyrl_state_t;

__attribute__((weak)) pyrl_state_t pyrl_state;

#define PYRL_DELIMS " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?"

static __attribute__((unused)) int pyrl_getc(FILE *f) {
    unsigned char c;
    if (pyrl_state.pending >= 0) {
        int k = pyrl_state.pending;
        pyrl_state.pending = -1;
        return k;
    }
    /* readline wants more than one byte for this key (a paste...) */
    for (;;) {
        ssize_t n = read(fileno(f), &c, 1);
        if (n == 1)
            return c;
        if (n < 0 && errno == EINTR)
            continue;
        return EOF;
    }
}

/* Readline must not look ahead at the terminal itself (rl_insert batches
 * typed-ahead keys): a Tab would reach it before the interpreter prepared
 * the completions.  Only the byte fed now is available. */
static __attribute__((unused)) int pyrl_input_available(void) {
    return pyrl_state.pending >= 0;
}

static __attribute__((unused)) void pyrl_line_handler(char *line) {
    pyrl_state.line = line;
    pyrl_state.done = 1;
    rl_callback_handler_remove();
}

static __attribute__((unused)) char *pyrl_match_gen(const char *text, int state) {
    (void)text;
    if (state == 0)
        pyrl_state.gen_index = 0;
    if (pyrl_state.gen_index < pyrl_state.nmatches)
        return strdup(pyrl_state.matches[pyrl_state.gen_index++]);
    return NULL;
}

static __attribute__((unused)) char **pyrl_complete(const char *text, int start, int end) {
    rl_completion_append_character = '\0';
    rl_completion_suppress_append = 0;
    pyrl_state.begidx = start;
    pyrl_state.endidx = end;
    if (!pyrl_state.armed)
        return NULL;            /* no Python completer: readline completes file names */
    pyrl_state.armed = 0;
    return rl_completion_matches(text, pyrl_match_gen);
}

static __attribute__((unused)) void pyrl_display_hook(char **matches, int num, int max) {
    int i;
    for (i = 0; i < pyrl_state.ndisplay; i++)
        free(pyrl_state.display[i]);
    free(pyrl_state.display);
    pyrl_state.display = (char **)calloc((size_t)num + 1, sizeof(char *));
    for (i = 0; i <= num; i++)
        pyrl_state.display[i] = strdup(matches[i] ? matches[i] : "");
    pyrl_state.ndisplay = num + 1;
    pyrl_state.display_max = max;
    pyrl_state.display_pending = 1;
}

/* ---- set-up and one line ------------------------------------------------ */

static __attribute__((unused)) void pyrl_user_locale(void) {
    const char *cur = setlocale(LC_CTYPE, NULL);
    free(pyrl_state.saved_locale);
    pyrl_state.saved_locale = strdup(cur ? cur : "C");
    setlocale(LC_CTYPE, "");
}

static __attribute__((unused)) void pyrl_restore_locale(void) {
    if (pyrl_state.saved_locale != NULL) {
        setlocale(LC_CTYPE, pyrl_state.saved_locale);
        free(pyrl_state.saved_locale);
        pyrl_state.saved_locale = NULL;
    }
}

static __attribute__((unused)) long pyrl_setup(void) {
    pyrl_user_locale();
    pyrl_state.pending = -1;
    using_history();
    rl_readline_name = "python";
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_getc_function = pyrl_getc;
    rl_input_available_hook = pyrl_input_available;
    rl_catch_signals = 0;       /* the interpreter's SIGINT handler stays in charge */
    /* like 2.7: Tab inserts itself until a binding says otherwise */
    rl_bind_key('\t', rl_insert);
    rl_bind_key_in_map('\t', rl_complete, emacs_meta_keymap);
    rl_bind_key_in_map('\033', rl_complete, emacs_meta_keymap);
    rl_attempted_completion_function = pyrl_complete;
    pyrl_state.delims = strdup(PYRL_DELIMS);
    rl_completer_word_break_characters = pyrl_state.delims;
    if (!isatty(STDOUT_FILENO))
        rl_variable_bind("enable-meta-key", "off");
    rl_initialize();
    pyrl_restore_locale();
    return 0;
}

static __attribute__((unused)) void pyrl_begin(const char *prompt) {
    pyrl_user_locale();
    pyrl_state.done = 0;
    pyrl_state.line = NULL;
    pyrl_state.pending = -1;
    fflush(stdout);
    rl_callback_handler_install(prompt, pyrl_line_handler);
}

/* Give readline one byte; 1 when the line is complete. */
static __attribute__((unused)) long pyrl_feed(long c) {
    pyrl_state.pending = (int)(c & 0xff);
    rl_callback_read_char();
    pyrl_state.armed = 0;
    return pyrl_state.done;
}

/* The finished line (NULL: end of file); pyrl_end frees it. */
static __attribute__((unused)) char *pyrl_line(void) { return pyrl_state.line; }
static __attribute__((unused)) long pyrl_has_line(void) { return pyrl_state.line != NULL; }

static __attribute__((unused)) void pyrl_end(void) {
    free(pyrl_state.line);
    pyrl_state.line = NULL;
    pyrl_restore_locale();
}

/* A signal (Ctrl-C) or end of input in the middle of a line. */
static __attribute__((unused)) void pyrl_abort(void) {
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_cleanup_after_signal();
    rl_callback_handler_remove();
    pyrl_state.done = 0;
    pyrl_end();
}

/* ---- completion ----------------------------------------------------------- */

static __attribute__((unused)) int pyrl_is_completion_cmd(rl_command_func_t *f) {
    return f == rl_complete || f == rl_possible_completions || f == rl_insert_completions
        || f == rl_menu_complete || f == rl_old_menu_complete || f == rl_backward_menu_complete;
}

/* Will byte c (after byte prev) run a completion command? */
static __attribute__((unused)) long pyrl_key_completes(long prev, long c) {
    char seq[3];
    int n = 0;
    if (prev == 033)
        seq[n++] = 033;
    seq[n++] = (char)c;
    seq[n] = 0;
    return pyrl_is_completion_cmd(rl_function_of_keyseq(seq, rl_get_keymap(), NULL));
}

/* Where readline's completion word starts (it stops at a delimiter). */
static __attribute__((unused)) long pyrl_word_start(void) {
    int i = rl_point;
    const char *d = rl_completer_word_break_characters;
    while (i > 0 && (d == NULL || strchr(d, rl_line_buffer[i - 1]) == NULL))
        i--;
    return i;
}

static __attribute__((unused)) long pyrl_completion_type(void) {
    return rl_last_func == rl_complete ? '?' : '\t';
}

static __attribute__((unused)) void pyrl_clear_matches(void) {
    int i;
    for (i = 0; i < pyrl_state.nmatches; i++)
        free(pyrl_state.matches[i]);
    pyrl_state.nmatches = 0;
    pyrl_state.armed = 0;
}

static __attribute__((unused)) void pyrl_add_match(const char *m) {
    if (pyrl_state.nmatches == pyrl_state.cap) {
        pyrl_state.cap = pyrl_state.cap ? pyrl_state.cap * 2 : 16;
        pyrl_state.matches = (char **)realloc(pyrl_state.matches, (size_t)pyrl_state.cap * sizeof(char *));
    }
    pyrl_state.matches[pyrl_state.nmatches++] = strdup(m);
}

static __attribute__((unused)) void pyrl_arm(void) { pyrl_state.armed = 1; }
static __attribute__((unused)) long pyrl_begidx(void) { return pyrl_state.begidx; }
static __attribute__((unused)) long pyrl_endidx(void) { return pyrl_state.endidx; }

static __attribute__((unused)) void pyrl_set_display_hook(long on) {
    rl_completion_display_matches_hook = on ? pyrl_display_hook : NULL;
}
static __attribute__((unused)) long pyrl_display_pending(void) { return pyrl_state.display_pending; }
static __attribute__((unused)) long pyrl_display_count(void) { return pyrl_state.ndisplay; }
static __attribute__((unused)) long pyrl_display_max(void) { return pyrl_state.display_max; }
static __attribute__((unused)) char *pyrl_display_item(long i) { return pyrl_state.display[i]; }
static __attribute__((unused)) void pyrl_display_done(void) { pyrl_state.display_pending = 0; }

static __attribute__((unused)) void pyrl_set_delims(const char *s) {
    char *old = pyrl_state.delims;
    pyrl_state.delims = strdup(s);
    rl_completer_word_break_characters = pyrl_state.delims;
    free(old);
}
static __attribute__((unused)) char *pyrl_get_delims(void) {
    return rl_completer_word_break_characters ? rl_completer_word_break_characters : (char *)"";
}

/* ---- the line buffer and bindings ---------------------------------------- */

static __attribute__((unused)) char *pyrl_line_buffer(void) { return rl_line_buffer ? rl_line_buffer : (char *)""; }
static __attribute__((unused)) long pyrl_point(void) { return rl_point; }

static __attribute__((unused)) long pyrl_parse_and_bind(const char *s) {
    char *copy = strdup(s);     /* rl_parse_and_bind writes into its argument */
    int r = rl_parse_and_bind(copy);
    free(copy);
    return r;
}

static __attribute__((unused)) long pyrl_read_init_file(const char *name, long has_name) {
    errno = 0;
    int r = rl_read_init_file(has_name ? name : NULL);
    return r == 0 ? 0 : (errno ? errno : r);
}

/* ---- history ---------------------------------------------------------------- */

static __attribute__((unused)) long pyrl_history_length(void) { return history_length; }
static __attribute__((unused)) long pyrl_history_base(void) { return history_base; }

static __attribute__((unused)) char *pyrl_history_get(long index) {
    HIST_ENTRY *e = history_get((int)index);
    return e ? e->line : NULL;
}

static __attribute__((unused)) long pyrl_remove_history(long pos) {
    HIST_ENTRY *e = remove_history((int)pos);
    if (e == NULL)
        return -1;
    free(free_history_entry(e));
    return 0;
}

static __attribute__((unused)) long pyrl_replace_history(long pos, const char *line) {
    HIST_ENTRY *e = replace_history_entry((int)pos, line, NULL);
    if (e == NULL)
        return -1;
    free(free_history_entry(e));
    return 0;
}

static __attribute__((unused)) long pyrl_read_history(const char *name, long has_name) {
    return read_history(has_name ? name : NULL);
}

static __attribute__((unused)) long pyrl_write_history(const char *name, long has_name, long length) {
    int r = write_history(has_name ? name : NULL);
    if (r == 0 && length >= 0)
        r = history_truncate_file(has_name ? name : NULL, (int)length);
    return r;
}

/* 2.7 adds a line to the history unless it repeats the last one */
static __attribute__((unused)) void pyrl_add_history_unique(const char *line) {
    HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (last == NULL || strcmp(last->line, line) != 0)
        add_history(line);
}

static __attribute__((unused)) long pyrl_version(void) { return RL_READLINE_VERSION; }
static __attribute__((unused)) long pyrl_runtime_version(void) { return rl_readline_version; }

#endif
