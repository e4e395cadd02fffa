/* Signals for the interpreter's `signal` module: a C handler that only
   records the signal; the interpreter polls at safe points and runs the
   Python-level handler there. */
#ifndef RT_SIGNAL_H
#define RT_SIGNAL_H
#include <stdint.h>

int64_t rt_signal_watch(int64_t signum);   /* install the recording handler; sigaction's result */
int64_t rt_signal_pending(void);           /* nonzero if some signal was recorded */
int64_t rt_signal_take(void);              /* a recorded signal number (now cleared), or 0 */
/* What the evaluator polls at safe points: a signal recorded, or another
 * thread waiting for the GIL (rt_thread.h). */
int64_t rt_actions_pending(void);
void rt_signal_trip(int64_t signum);       /* record signum as if it arrived (thread.interrupt_main) */

#endif
