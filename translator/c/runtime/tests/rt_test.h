/* Shared by the C test programs: fake hooks that generated code normally
 * provides, and a CHECK macro. */
#ifndef RT_TEST_H
#define RT_TEST_H
#include <stdio.h>
#include "rt.h"

/* The last exception raised through rt_raise_builtin. */
extern int rt_test_exc_kind;
extern char rt_test_exc_msg[1024];
extern const char *rt_test_exc_names[RT_EXC__COUNT];
/* Returns whether an exception of `kind` is pending, and clears it. */
bool rt_test_caught(int kind);

extern int rt_test_failures, rt_test_checks;
#define CHECK(cond) do { rt_test_checks++; if (!(cond)) { rt_test_failures++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#endif
