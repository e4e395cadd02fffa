#include <signal.h>
#include <string.h>
#include "rt_signal.h"
#include "rt_thread.h"

#define RT_NSIG 65

static volatile sig_atomic_t rt_signal_any = 0;
static volatile sig_atomic_t rt_signal_flags[RT_NSIG];

static void rt_signal_handler(int signum)
{
    if (signum > 0 && signum < RT_NSIG) {
        rt_signal_flags[signum] = 1;
        rt_signal_any = 1;
    }
}

int64_t rt_signal_watch(int64_t signum)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = rt_signal_handler;
    sigemptyset(&sa.sa_mask);
    /* no SA_RESTART: a blocking call returns EINTR, as in CPython 2.7 */
    return sigaction((int)signum, &sa, NULL);
}

int64_t rt_signal_pending(void)
{
    return rt_signal_any;
}

int64_t rt_signal_take(void)
{
    /* cleared first: a signal arriving during the scan sets it again */
    rt_signal_any = 0;
    for (int i = 1; i < RT_NSIG; i++) {
        if (rt_signal_flags[i]) {
            rt_signal_flags[i] = 0;
            rt_signal_any = 1;      /* there may be more: the caller asks again */
            return i;
        }
    }
    return 0;
}

int64_t rt_actions_pending(void)
{
    return rt_signal_any | rt_gil_drop_request;
}

void rt_signal_trip(int64_t signum)
{
    if (signum > 0 && signum < RT_NSIG)
        rt_signal_handler((int)signum);
}
