# multiprocessing.Pool over forked worker processes.
import multiprocessing as mp


def sq(x):
    return x * x


def boom(x):
    if x == 3:
        raise ValueError('three')
    return x


def init(v):
    global SEED
    SEED = v


def seeded(x):
    return SEED + x


if __name__ == '__main__':
    mp.freeze_support()
    print mp.cpu_count() >= 1
    pool = mp.Pool(2)
    print pool.map(sq, range(20))
    print pool.map(sq, range(7), 3)
    print pool.apply_async(sq, (9,)).get(5), pool.apply(sq, (4,))
    print list(pool.imap(sq, range(6)))
    print sorted(pool.imap_unordered(sq, range(6), 2))
    try:
        pool.map(boom, range(5))
    except ValueError as e:
        print 'ValueError', e
    try:
        pool.map(lambda x: x, [1])
    except Exception:
        print 'unpicklable task refused'
    pool.close()
    pool.join()
    print mp.active_children()
    pool = mp.Pool(2, init, (100,))
    print pool.map(seeded, range(4))
    pool.terminate()
    pool.join()
    print issubclass(mp.TimeoutError, mp.ProcessError), \
        issubclass(mp.AuthenticationError, mp.ProcessError)
    print mp.get_logger().name
