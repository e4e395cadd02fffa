/* The C main() of every translated program. */
#include <stdio.h>
#include "rt.h"

int main(int argc, char **argv) {
    char stack_top;
    rt_gc_init();
    rt_stack_init(&stack_top);
    rt_init_prebuilt();
    rt_list *args = rt_argv_list(argc, argv);
    Signed result = rt_entry_point(args);
    fflush(stdout);
    if (rt_exc_value != NULL) {
        fprintf(stderr, "Fatal error: uncaught exception %s\n", rt_class_name(rt_exc_value));
        return 1;
    }
    return (int)result;
}
