/* Output for translated programs: print() and os.write(). */
#include <stdio.h>
#include <errno.h>
#include <unistd.h>
#include "rt.h"

void rt_print_str(rt_str *s) {
    fwrite(s->chars, 1, (size_t)s->length, stdout);
    putc('\n', stdout);
}

void rt_write(int fd, rt_str *s) {
    /* Keep ordering with print(), which goes through stdio's buffer. */
    if (fd == 1) fflush(stdout);
    else if (fd == 2) fflush(stderr);
    const char *p = s->chars;
    Signed left = s->length;
    while (left > 0) {
        ssize_t n = write(fd, p, (size_t)left);
        if (n < 0) {
            if (errno == EINTR) continue;
            char msg[160];       /* Python's "[Errno N] text" */
            snprintf(msg, sizeof msg, "[Errno %d] %s", errno, strerror(errno));
            rt_raise_builtin(RT_EXC_OSERROR, msg);
            return;
        }
        p += n;
        left -= n;
    }
}

rt_list *rt_argv_list(int argc, char **argv) {
    rt_list *l = rt_list_new(argc, true);
    for (int i = 0; i < argc; i++)
        l->items[i] = (rt_word)(uintptr_t)rt_str_from_c(argv[i], (Signed)strlen(argv[i]));
    return l;
}
