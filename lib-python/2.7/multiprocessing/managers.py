"""Managers are not implemented: they need a server process that owns the
shared objects and proxies that forward method calls to it.  The names
exist so that importing code works; starting a manager raises."""

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'RemoteError']


class RemoteError(Exception):
    """An exception raised in the manager's process."""

    def __str__(self):
        text = self.args[0] if self.args else ''
        return '\n' + '-' * 75 + '\n' + str(text) + '-' * 75


class Token(object):
    """Names one shared object held by a manager."""

    def __init__(self, typeid, address, id):
        self.typeid, self.address, self.id = typeid, address, id

    def __repr__(self):
        return 'Token(typeid=%r, address=%r, id=%r)' % (
            self.typeid, self.address, self.id)


class BaseProxy(object):
    """Base of proxies to objects held by a manager."""

    def __init__(self, token, serializer=None, manager=None, authkey=None,
                 exposed=None, incref=True):
        self._token = token

    def _callmethod(self, methodname, args=(), kwds={}):
        raise NotImplementedError('manager proxies are not supported')


class BaseManager(object):
    """Registry of shareable types; serving them is not implemented."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle'):
        self._address = address
        self._authkey = authkey

    address = property(lambda self: self._address)

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        cls._registry[typeid] = (callable, exposed, method_to_typeid,
                                 proxytype)
        if create_method:
            def create(self, *args, **kwds):
                raise NotImplementedError('multiprocessing managers are not '
                                          'supported by this implementation')
            create.__name__ = typeid
            setattr(cls, typeid, create)

    def _refuse(self, *args, **kwds):
        raise NotImplementedError('multiprocessing managers are not '
                                  'supported by this implementation')

    start = connect = get_server = shutdown = _refuse

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        pass


class SyncManager(BaseManager):
    pass


for _typeid in ('Queue JoinableQueue Event Lock RLock Semaphore '
                'BoundedSemaphore Condition Pool list dict Value Array '
                'Namespace').split():
    SyncManager.register(_typeid)
del _typeid
