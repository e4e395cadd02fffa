"""_ssl: TLS over OpenSSL's libssl.  Only the C calls live here (objects
are ints); lib-python/2.7/ssl.py has SSLContext, SSLSocket and the
errors.  The constants are those of 2.7's _ssl built on OpenSSL 3."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Implementation module for SSL socket operations.  See the socket module\nfor documentation."

CONSTANTS = {
    "CERT_NONE": 0, "CERT_OPTIONAL": 1, "CERT_REQUIRED": 2,
    "PROTOCOL_SSLv23": 2, "PROTOCOL_TLS": 2, "PROTOCOL_TLSv1": 3,
    "PROTOCOL_TLSv1_1": 4, "PROTOCOL_TLSv1_2": 5,
    "OP_ALL": 0x80000050, "OP_NO_SSLv2": 0, "OP_NO_SSLv3": 0x02000000,
    "OP_NO_TLSv1": 0x04000000, "OP_NO_TLSv1_1": 0x10000000,
    "OP_NO_TLSv1_2": 0x08000000, "OP_NO_TLSv1_3": 0x20000000,
    "OP_NO_COMPRESSION": 0x00020000, "OP_CIPHER_SERVER_PREFERENCE": 0x00400000,
    "OP_SINGLE_DH_USE": 0, "OP_SINGLE_ECDH_USE": 0,
    "OP_ENABLE_MIDDLEBOX_COMPAT": 0x00100000,
    "SSL_ERROR_SSL": 1, "SSL_ERROR_WANT_READ": 2, "SSL_ERROR_WANT_WRITE": 3,
    "SSL_ERROR_WANT_X509_LOOKUP": 4, "SSL_ERROR_SYSCALL": 5,
    "SSL_ERROR_ZERO_RETURN": 6, "SSL_ERROR_WANT_CONNECT": 7,
    "SSL_ERROR_EOF": 8, "SSL_ERROR_INVALID_ERROR_CODE": 10,
    "VERIFY_DEFAULT": 0, "VERIFY_CRL_CHECK_LEAF": 4, "VERIFY_CRL_CHECK_CHAIN": 12,
    "VERIFY_X509_STRICT": 32, "VERIFY_X509_TRUSTED_FIRST": 32768,
    "ALERT_DESCRIPTION_CLOSE_NOTIFY": 0, "ALERT_DESCRIPTION_UNEXPECTED_MESSAGE": 10,
    "ALERT_DESCRIPTION_BAD_RECORD_MAC": 20, "ALERT_DESCRIPTION_RECORD_OVERFLOW": 22,
    "ALERT_DESCRIPTION_DECOMPRESSION_FAILURE": 30, "ALERT_DESCRIPTION_HANDSHAKE_FAILURE": 40,
    "ALERT_DESCRIPTION_BAD_CERTIFICATE": 42, "ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE": 43,
    "ALERT_DESCRIPTION_CERTIFICATE_REVOKED": 44, "ALERT_DESCRIPTION_CERTIFICATE_EXPIRED": 45,
    "ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN": 46, "ALERT_DESCRIPTION_ILLEGAL_PARAMETER": 47,
    "ALERT_DESCRIPTION_UNKNOWN_CA": 48, "ALERT_DESCRIPTION_ACCESS_DENIED": 49,
    "ALERT_DESCRIPTION_DECODE_ERROR": 50, "ALERT_DESCRIPTION_DECRYPT_ERROR": 51,
    "ALERT_DESCRIPTION_PROTOCOL_VERSION": 70, "ALERT_DESCRIPTION_INSUFFICIENT_SECURITY": 71,
    "ALERT_DESCRIPTION_INTERNAL_ERROR": 80, "ALERT_DESCRIPTION_USER_CANCELLED": 90,
    "ALERT_DESCRIPTION_NO_RENEGOTIATION": 100, "ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION": 110,
    "ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE": 111, "ALERT_DESCRIPTION_UNRECOGNIZED_NAME": 112,
    "ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE": 113,
    "ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE": 114,
    "ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY": 115,
}


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3, BuiltinOpt
    from pypy27.interpreter.module._ssl import interp_ssl as s
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_ssl", DOC)
    for name, value in CONSTANTS.items():
        w_mod.setattr_str(space, name, space.newint(value))
    for flag in ("HAS_SNI", "HAS_ECDH", "HAS_TLSv1_3"):
        w_mod.setattr_str(space, flag, space.w_True)
    for flag in ("HAS_NPN", "HAS_ALPN", "HAS_TLS_UNIQUE"):
        w_mod.setattr_str(space, flag, space.w_False)
    # The version of the OpenSSL this machine has (read at build time: the
    # build machine is the target; pip reads _ssl.OPENSSL_VERSION).
    from pypy27.interpreter.module._ssl.libssl import OpenSSL_version, OpenSSL_version_num
    number = OpenSSL_version_num()
    info_w = [space.newint(number >> 28), space.newint((number >> 20) & 0xff),
              space.newint((number >> 12) & 0xff), space.newint((number >> 4) & 0xff),
              space.newint(number & 0xf)]
    w_mod.setattr_str(space, "OPENSSL_VERSION", space.newstr(OpenSSL_version(0) or ""))
    w_mod.setattr_str(space, "OPENSSL_VERSION_NUMBER", space.newint(number))
    w_mod.setattr_str(space, "OPENSSL_VERSION_INFO", space.newtuple(info_w))
    w_mod.setattr_str(space, "_OPENSSL_API_VERSION", space.newtuple(info_w))
    fns = [
        Builtin2("ctx_new", s.ctx_new), Builtin1("ctx_free", s.ctx_free),
        Builtin3("ctx_options", s.ctx_options), Builtin2("ctx_set_verify", s.ctx_set_verify),
        Builtin2("ctx_set_ciphers", s.ctx_set_ciphers), Builtin3("ctx_load_verify", s.ctx_load_verify),
        Builtin2("ctx_load_verify_pem", s.ctx_load_verify_pem),
        Builtin1("ctx_default_verify_paths", s.ctx_default_verify_paths),
        Builtin3("ctx_load_cert_chain", s.ctx_load_cert_chain),
        BuiltinOpt("ssl_new", s.ssl_new, 4, 4), Builtin1("ssl_free", s.ssl_free),
        Builtin1("ssl_handshake", s.ssl_handshake), Builtin2("ssl_read", s.ssl_read),
        Builtin2("ssl_write", s.ssl_write), Builtin1("ssl_shutdown", s.ssl_shutdown),
        Builtin1("ssl_pending", s.ssl_pending), Builtin2("ssl_peer_cert", s.ssl_peer_cert),
        Builtin1("ssl_cipher", s.ssl_cipher), Builtin1("ssl_version", s.ssl_version),
        Builtin1("ssl_verify_result", s.ssl_verify_result),
        Builtin1("decode_cert_file", s.decode_cert_file),
        Builtin0("err_pop", s.err_pop), Builtin0("openssl_version", s.openssl_version),
        Builtin0("default_verify_paths", s.default_verify_paths),
        Builtin0("RAND_status", s.rand_status), Builtin2("RAND_add", s.rand_add),
        Builtin1("RAND_bytes", s.rand_bytes),
    ]
    for fn in fns:
        w_mod.setattr_str(space, fn.name, fn)
    return [w_mod]
