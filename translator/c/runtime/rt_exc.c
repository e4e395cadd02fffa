/* Exception state and C stack overflow detection (both per thread). */
#include <sys/resource.h>
#include "rt.h"

RT_THREAD_LOCAL void *rt_exc_value = NULL;
/* NULL until rt_stack_init: RT_STACK_CHECK never fires before that. */
RT_THREAD_LOCAL char *rt_stack_limit = NULL;

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
    rt_stack_limit = rt_stack_limit_for(stack_top, size);
}

char *rt_stack_limit_for(char *stack_top, Unsigned size) {
    /* threads may have small stacks (thread.stack_size): keep a quarter */
    Unsigned margin = size / 4 < RT_STACK_MARGIN ? size / 4 : RT_STACK_MARGIN;
    /* The stack grows down on every platform we target. */
    return stack_top - (size - margin);
}

bool rt_stack_overflow(void) {
    rt_raise_builtin(RT_EXC_STACKOVERFLOW, "maximum recursion depth exceeded");
    return true;
}
