/* Fake versions of the hooks that generated code defines. */
#include <string.h>
#include "rt_test.h"

int rt_test_exc_kind = -1;
char rt_test_exc_msg[1024];
int rt_test_failures, rt_test_checks;
const char *rt_test_exc_names[RT_EXC__COUNT] = {
    "IndexError", "KeyError", "ZeroDivisionError", "OverflowError", "ValueError",
    "AssertionError", "StackOverflow", "MemoryError", "OSError", "NotImplementedError",
};

/* A stand-in exception instance: only its identity matters. */
static rt_hdr rt_test_exc_instance = { RT_FIRST_USER_TID, RT_GCFLAG_PREBUILT };

void rt_raise_builtin(int which, const char *msg) {
    rt_test_exc_kind = which;
    snprintf(rt_test_exc_msg, sizeof rt_test_exc_msg, "%s", msg);
    rt_exc_value = &rt_test_exc_instance;
}

const char *rt_class_name(void *obj) {
    (void)obj;
    return rt_test_exc_kind >= 0 ? rt_test_exc_names[rt_test_exc_kind] : "?";
}

void rt_init_prebuilt(void) {}

bool rt_test_caught(int kind) {
    bool ok = rt_exc_value != NULL && rt_test_exc_kind == kind;
    RT_EXC_CLEAR();
    rt_test_exc_kind = -1;
    return ok;
}

/* The test programs start no threads. */
#include <stdlib.h>
#include "rt_thread.h"
void rt_thread_entry_point(int64_t arg) { (void)arg; abort(); }
