/* Exception state and C stack overflow detection. */
#include <sys/resource.h>
#include "rt.h"

void *rt_exc_value = NULL;
/* NULL until rt_stack_init: RT_STACK_CHECK never fires before that. */
char *rt_stack_limit = NULL;

/* Room kept below the limit so exception handlers and runtime calls made
 * after a StackOverflow still have stack to run on. */
#define RT_STACK_MARGIN (256 * 1024)
/* Assumed when the limit is unlimited or unknown. */
#define RT_STACK_DEFAULT (8 * 1024 * 1024)

void rt_stack_init(char *stack_top) {
    struct rlimit rl;
    Unsigned size = RT_STACK_DEFAULT;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        size = (Unsigned)rl.rlim_cur;
    if (size < 2 * RT_STACK_MARGIN) size = 2 * RT_STACK_MARGIN;
    /* The stack grows down on every platform we target. */
    rt_stack_limit = stack_top - (size - RT_STACK_MARGIN);
}

bool rt_stack_overflow(void) {
    rt_raise_builtin(RT_EXC_STACKOVERFLOW, "maximum recursion depth exceeded");
    return true;
}
