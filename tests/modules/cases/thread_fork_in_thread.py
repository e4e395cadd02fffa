# A thread that forks: in the child it is the only thread, and the child
# process ends (status 0, output flushed) when its function returns, after
# the threads the child started have finished.
import os, sys, threading, time

main_thread = threading.current_thread()

def joiner():
    main_thread.join()      # in the child the main thread is already stopped
    sys.stdout.write("child: joined the main thread\n")

def worker():
    pid = os.fork()
    if pid != 0:
        _, status = os.waitpid(pid, 0)
        print "parent: child exited with", status
        return
    t = threading.Thread(target=joiner)
    sys.stdout.write("child: started\n")
    t.start()
    t.join()
    sys.stdout.write("child: worker returns\n")

w = threading.Thread(target=worker)
w.start()
w.join()
print "parent: done"
