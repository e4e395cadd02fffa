"""The app-level functions of _ssl.  They take and return plain values
(OpenSSL objects as ints); lib-python/2.7/ssl.py builds SSLContext and
SSLSocket on them.  Calls that may block on the network release the GIL;
those that can fail return OpenSSL's SSL_get_error() code and errno so
that ssl.py can wait (non-blocking sockets) or raise the right error."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._ssl import certdecode
from pypy27.interpreter.module._ssl.libssl import (
    BIO_free, BIO_new_file, BIO_new_mem_buf, ERR_clear_error, ERR_lib_error_string,
    ERR_peek_last_error, ERR_reason_error_string, OpenSSL_version, OpenSSL_version_num,
    PEM_read_bio_X509, RAND_add, RAND_bytes, RAND_status, SSL_CIPHER_get_bits, SSL_CIPHER_get_name,
    SSL_CIPHER_get_version, SSL_CTRL_SET_MAX_PROTO_VERSION, SSL_CTRL_SET_MIN_PROTO_VERSION,
    SSL_CTRL_SET_TLSEXT_HOSTNAME, SSL_CTX_check_private_key, SSL_CTX_clear_options, SSL_CTX_ctrl,
    SSL_CTX_free, SSL_CTX_get_cert_store, SSL_CTX_get_options, SSL_CTX_load_verify_locations,
    SSL_CTX_new, SSL_CTX_set_cipher_list, SSL_CTX_set_default_verify_paths, SSL_CTX_set_options,
    SSL_CTX_set_verify, SSL_CTX_use_PrivateKey_file, SSL_CTX_use_certificate_chain_file,
    SSL_FILETYPE_PEM, SSL_ctrl, SSL_do_handshake, SSL_free, SSL_get1_peer_certificate,
    SSL_get_current_cipher, SSL_get_error, SSL_get_verify_result, SSL_get_version, SSL_new,
    SSL_pending, SSL_read, SSL_set_accept_state, SSL_set_connect_state, SSL_set_fd, SSL_shutdown,
    SSL_write, TLSEXT_NAMETYPE_host_name, TLS_method, X509_STORE_add_cert, X509_free,
    X509_get_default_cert_dir, X509_get_default_cert_dir_env, X509_get_default_cert_file,
    X509_get_default_cert_file_env, X509_verify_cert_error_string)
from pypy27.interpreter.module._ssl.cstr import free_cstr, new_cstr
from pypy27.interpreter.module.thread import gil
from pypy27.support.ffi import get_errno, set_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str, raw_str_to_mem

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _optional_str(space: "ObjSpace", w_obj: W_Root) -> str:
    """'' for None."""
    if space.is_w(w_obj, space.w_None):
        return ""
    return space.str_w(w_obj)


def _newstr_or_none(space: "ObjSpace", s: "str | None") -> W_Root:
    if s is None:
        return space.w_None
    return space.newstr(s)


# Contexts.

def ctx_new(space: "ObjSpace", w_minv: W_Root, w_maxv: W_Root) -> W_Root:
    """An SSL_CTX for the protocol versions minv..maxv (0: no limit)."""
    ctx = SSL_CTX_new(TLS_method())
    if ctx != 0:
        SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, space.int_w(w_minv), 0)
        SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MAX_PROTO_VERSION, space.int_w(w_maxv), 0)
    return space.newint(ctx)


def ctx_free(space: "ObjSpace", w_ctx: W_Root) -> W_Root:
    SSL_CTX_free(space.int_w(w_ctx))
    return space.w_None


def ctx_options(space: "ObjSpace", w_ctx: W_Root, w_set: W_Root, w_clear: W_Root) -> W_Root:
    """Set then clear option bits; returns the options."""
    ctx = space.int_w(w_ctx)
    to_set = space.int_w(w_set)
    to_clear = space.int_w(w_clear)
    if to_clear:
        SSL_CTX_clear_options(ctx, to_clear)
    if to_set:
        SSL_CTX_set_options(ctx, to_set)
    return space.newint(SSL_CTX_get_options(ctx))


def ctx_set_verify(space: "ObjSpace", w_ctx: W_Root, w_mode: W_Root) -> W_Root:
    SSL_CTX_set_verify(space.int_w(w_ctx), space.int_w(w_mode), 0)
    return space.w_None


def ctx_set_ciphers(space: "ObjSpace", w_ctx: W_Root, w_ciphers: W_Root) -> W_Root:
    return space.newint(SSL_CTX_set_cipher_list(space.int_w(w_ctx), space.str_w(w_ciphers)))


def ctx_load_verify(space: "ObjSpace", w_ctx: W_Root, w_cafile: W_Root, w_capath: W_Root) -> W_Root:
    """SSL_CTX_load_verify_locations (None for either name)."""
    cafile = _optional_str(space, w_cafile)
    capath = _optional_str(space, w_capath)
    c_file = new_cstr(cafile) if cafile else 0
    c_path = new_cstr(capath) if capath else 0
    try:
        set_errno(0)
        ok = SSL_CTX_load_verify_locations(space.int_w(w_ctx), c_file, c_path)
        err = get_errno()
    finally:
        free_cstr(c_file)
        free_cstr(c_path)
    return space.newtuple([space.newint(ok), space.newint(err)])


def ctx_load_verify_pem(space: "ObjSpace", w_ctx: W_Root, w_pem: W_Root) -> W_Root:
    """Add the PEM certificates of a string to the trust store; returns
    how many were added."""
    pem = space.str_w(w_pem)
    buf = raw_alloc(len(pem) + 1)
    count = 0
    try:
        raw_str_to_mem(pem, buf, 0)
        bio = BIO_new_mem_buf(buf, len(pem))
        if bio == 0:
            return space.newint(-1)
        store = SSL_CTX_get_cert_store(space.int_w(w_ctx))
        while True:
            cert = PEM_read_bio_X509(bio, 0, 0, 0)
            if cert == 0:
                break
            X509_STORE_add_cert(store, cert)
            X509_free(cert)
            count += 1
        BIO_free(bio)
        ERR_clear_error()     # the end of the data reads as an error
    finally:
        raw_free(buf)
    return space.newint(count)


def ctx_default_verify_paths(space: "ObjSpace", w_ctx: W_Root) -> W_Root:
    return space.newint(SSL_CTX_set_default_verify_paths(space.int_w(w_ctx)))


def ctx_load_cert_chain(space: "ObjSpace", w_ctx: W_Root, w_certfile: W_Root, w_keyfile: W_Root) -> W_Root:
    """0 on success, else 1 (certificate), 2 (key) or 3 (mismatch) with
    errno for the first two."""
    ctx = space.int_w(w_ctx)
    set_errno(0)
    if SSL_CTX_use_certificate_chain_file(ctx, space.str_w(w_certfile)) != 1:
        return space.newtuple([space.newint(1), space.newint(get_errno())])
    set_errno(0)
    if SSL_CTX_use_PrivateKey_file(ctx, space.str_w(w_keyfile), SSL_FILETYPE_PEM) != 1:
        return space.newtuple([space.newint(2), space.newint(get_errno())])
    if SSL_CTX_check_private_key(ctx) != 1:
        return space.newtuple([space.newint(3), space.newint(0)])
    return space.newtuple([space.newint(0), space.newint(0)])


# Connections.

def ssl_new(space: "ObjSpace", args_w: "list[Optional[W_Root]]") -> W_Root:
    """ssl_new(ctx, fd, server_side, hostname): an SSL on a socket
    descriptor, client or server side; a client sends hostname with SNI."""
    w_ctx, w_fd, w_server, w_hostname = args_w[0], args_w[1], args_w[2], args_w[3]
    assert w_ctx is not None and w_fd is not None and w_server is not None and w_hostname is not None
    ssl = SSL_new(space.int_w(w_ctx))
    if ssl == 0:
        return space.newint(0)
    SSL_set_fd(ssl, space.int_w(w_fd))
    if space.is_true(w_server):
        SSL_set_accept_state(ssl)
    else:
        SSL_set_connect_state(ssl)
        hostname = _optional_str(space, w_hostname)
        if hostname:
            name = new_cstr(hostname)
            try:
                SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, name)
            finally:
                free_cstr(name)
    return space.newint(ssl)


def ssl_free(space: "ObjSpace", w_ssl: W_Root) -> W_Root:
    SSL_free(space.int_w(w_ssl))
    return space.w_None


def _outcome(space: "ObjSpace", ssl: int, ret: int, errno: int) -> list[W_Root]:
    code = 0 if ret > 0 else SSL_get_error(ssl, ret)
    return [space.newint(ret), space.newint(code), space.newint(errno)]


def ssl_handshake(space: "ObjSpace", w_ssl: W_Root) -> W_Root:
    """(ret, error code, errno) of SSL_do_handshake."""
    ssl = space.int_w(w_ssl)
    set_errno(0)
    gil.release()
    ret = SSL_do_handshake(ssl)
    gil.acquire()
    return space.newtuple(_outcome(space, ssl, ret, get_errno()))


def ssl_read(space: "ObjSpace", w_ssl: W_Root, w_n: W_Root) -> W_Root:
    """(data, error code, errno): up to n bytes."""
    ssl = space.int_w(w_ssl)
    n = space.int_w(w_n)
    if n <= 0:
        return space.newtuple([space.newstr(""), space.newint(0), space.newint(0)])
    buf = raw_alloc(n)
    try:
        set_errno(0)
        gil.release()
        ret = SSL_read(ssl, buf, n)
        gil.acquire()
        out = _outcome(space, ssl, ret, get_errno())
        data = raw_mem_to_str(buf, ret, 0) if ret > 0 else ""
    finally:
        raw_free(buf)
    return space.newtuple([space.newstr(data), out[1], out[2]])


def ssl_write(space: "ObjSpace", w_ssl: W_Root, w_data: W_Root) -> W_Root:
    """(bytes written, error code, errno)."""
    ssl = space.int_w(w_ssl)
    data = space.str_w(w_data)
    if not data:
        return space.newtuple([space.newint(0), space.newint(0), space.newint(0)])
    buf = raw_alloc(len(data))
    try:
        raw_str_to_mem(data, buf, 0)
        set_errno(0)
        gil.release()
        ret = SSL_write(ssl, buf, len(data))
        gil.acquire()
        out = _outcome(space, ssl, ret, get_errno())
    finally:
        raw_free(buf)
    return space.newtuple(out)


def ssl_shutdown(space: "ObjSpace", w_ssl: W_Root) -> W_Root:
    """(ret, error code, errno) of SSL_shutdown (ret 1: done, 0: sent)."""
    ssl = space.int_w(w_ssl)
    set_errno(0)
    gil.release()
    ret = SSL_shutdown(ssl)
    gil.acquire()
    errno = get_errno()
    code = 0 if ret >= 0 else SSL_get_error(ssl, ret)
    return space.newtuple([space.newint(ret), space.newint(code), space.newint(errno)])


def ssl_pending(space: "ObjSpace", w_ssl: W_Root) -> W_Root:
    return space.newint(SSL_pending(space.int_w(w_ssl)))


def ssl_peer_cert(space: "ObjSpace", w_ssl: W_Root, w_binary: W_Root) -> W_Root:
    """The peer's certificate: DER bytes, or decode()'s tuple; None if
    there is none."""
    cert = SSL_get1_peer_certificate(space.int_w(w_ssl))
    if cert == 0:
        return space.w_None
    try:
        if space.is_true(w_binary):
            return space.newstr(certdecode.der(cert))
        return certdecode.decode(space, cert)
    finally:
        X509_free(cert)


def decode_cert_file(space: "ObjSpace", w_path: W_Root) -> W_Root:
    """decode() of the first PEM certificate of a file, None if none."""
    bio = BIO_new_file(space.str_w(w_path), "r")
    if bio == 0:
        ERR_clear_error()
        return space.w_None
    try:
        cert = PEM_read_bio_X509(bio, 0, 0, 0)
    finally:
        BIO_free(bio)
    if cert == 0:
        ERR_clear_error()
        return space.w_None
    try:
        return certdecode.decode(space, cert)
    finally:
        X509_free(cert)


def ssl_cipher(space: "ObjSpace", w_ssl: W_Root) -> W_Root:
    cipher = SSL_get_current_cipher(space.int_w(w_ssl))
    if cipher == 0:
        return space.w_None
    return space.newtuple([_newstr_or_none(space, SSL_CIPHER_get_name(cipher)),
                           _newstr_or_none(space, SSL_CIPHER_get_version(cipher)),
                           space.newint(SSL_CIPHER_get_bits(cipher, 0))])


def ssl_version(space: "ObjSpace", w_ssl: W_Root) -> W_Root:
    return _newstr_or_none(space, SSL_get_version(space.int_w(w_ssl)))


def ssl_verify_result(space: "ObjSpace", w_ssl: W_Root) -> W_Root:
    code = SSL_get_verify_result(space.int_w(w_ssl))
    return space.newtuple([space.newint(code),
                           _newstr_or_none(space, X509_verify_cert_error_string(code))])


# Errors, versions, randomness.

def err_pop(space: "ObjSpace") -> W_Root:
    """(code, library, reason) of the last error of the thread's queue
    (which is then cleared); code 0 when empty."""
    code = ERR_peek_last_error()
    ERR_clear_error()
    if code == 0:
        return space.newtuple([space.newint(0), space.w_None, space.w_None])
    return space.newtuple([space.newint(code),
                           _newstr_or_none(space, ERR_lib_error_string(code)),
                           _newstr_or_none(space, ERR_reason_error_string(code))])


def openssl_version(space: "ObjSpace") -> W_Root:
    return space.newtuple([_newstr_or_none(space, OpenSSL_version(0)),
                           space.newint(OpenSSL_version_num())])


def default_verify_paths(space: "ObjSpace") -> W_Root:
    return space.newtuple([_newstr_or_none(space, X509_get_default_cert_file_env()),
                           _newstr_or_none(space, X509_get_default_cert_file()),
                           _newstr_or_none(space, X509_get_default_cert_dir_env()),
                           _newstr_or_none(space, X509_get_default_cert_dir())])


def rand_status(space: "ObjSpace") -> W_Root:
    return space.newint(RAND_status())


def rand_add(space: "ObjSpace", w_data: W_Root, w_entropy: W_Root) -> W_Root:
    data = space.str_w(w_data)
    buf = raw_alloc(len(data))
    try:
        raw_str_to_mem(data, buf, 0)
        RAND_add(buf, len(data), space.float_w(w_entropy))
    finally:
        raw_free(buf)
    return space.w_None


def rand_bytes(space: "ObjSpace", w_n: W_Root) -> W_Root:
    n = space.int_w(w_n)
    if n < 0:
        raise space.value_error("num must be positive")
    buf = raw_alloc(n)
    ok = RAND_bytes(buf, n)
    data = raw_mem_to_str(buf, n, 0)
    raw_free(buf)
    if ok != 1:
        return space.w_None
    return space.newstr(data)
