"""The calls of OpenSSL's libssl and libcrypto that _ssl uses, through
support/ffi.py.  Every OpenSSL object (SSL_CTX, SSL, X509, BIO, ...) is
a raw pointer carried as an int; the few macros of the API are spelled
as the *_ctrl calls they expand to."""
from pypy27.support.ffi import external

S = "<openssl/ssl.h>"
X = "<openssl/x509v3.h>"
E = "<openssl/err.h>"

TLS_method = external("TLS_method", [], "void*", header=S, lib="ssl")
SSL_CTX_new = external("SSL_CTX_new", ["void*"], "void*", header=S, lib="ssl")
SSL_CTX_free = external("SSL_CTX_free", ["void*"], "void", header=S, lib="ssl")
SSL_CTX_ctrl = external("SSL_CTX_ctrl", ["void*", "int", "long", "void*"], "long", header=S, lib="ssl")
SSL_CTX_set_options = external("SSL_CTX_set_options", ["void*", "uint64_t"], "uint64_t", header=S, lib="ssl")
SSL_CTX_clear_options = external("SSL_CTX_clear_options", ["void*", "uint64_t"], "uint64_t", header=S, lib="ssl")
SSL_CTX_get_options = external("SSL_CTX_get_options", ["void*"], "uint64_t", header=S, lib="ssl")
SSL_CTX_set_verify = external("SSL_CTX_set_verify", ["void*", "int", "void*"], "void", header=S, lib="ssl")
SSL_CTX_set_cipher_list = external("SSL_CTX_set_cipher_list", ["void*", "char*"], "int", header=S, lib="ssl")
SSL_CTX_load_verify_locations = external("SSL_CTX_load_verify_locations", ["void*", "void*", "void*"], "int",
                                         header=S, lib="ssl")
SSL_CTX_set_default_verify_paths = external("SSL_CTX_set_default_verify_paths", ["void*"], "int", header=S, lib="ssl")
SSL_CTX_use_certificate_chain_file = external("SSL_CTX_use_certificate_chain_file", ["void*", "char*"], "int",
                                              header=S, lib="ssl")
SSL_CTX_use_PrivateKey_file = external("SSL_CTX_use_PrivateKey_file", ["void*", "char*", "int"], "int",
                                       header=S, lib="ssl")
SSL_CTX_check_private_key = external("SSL_CTX_check_private_key", ["void*"], "int", header=S, lib="ssl")
SSL_CTX_get_cert_store = external("SSL_CTX_get_cert_store", ["void*"], "void*", header=S, lib="ssl")

SSL_new = external("SSL_new", ["void*"], "void*", header=S, lib="ssl")
SSL_free = external("SSL_free", ["void*"], "void", header=S, lib="ssl")
SSL_set_fd = external("SSL_set_fd", ["void*", "int"], "int", header=S, lib="ssl")
SSL_set_connect_state = external("SSL_set_connect_state", ["void*"], "void", header=S, lib="ssl")
SSL_set_accept_state = external("SSL_set_accept_state", ["void*"], "void", header=S, lib="ssl")
SSL_ctrl = external("SSL_ctrl", ["void*", "int", "long", "void*"], "long", header=S, lib="ssl")
SSL_do_handshake = external("SSL_do_handshake", ["void*"], "int", header=S, lib="ssl")
SSL_read = external("SSL_read", ["void*", "void*", "int"], "int", header=S, lib="ssl")
SSL_write = external("SSL_write", ["void*", "void*", "int"], "int", header=S, lib="ssl")
SSL_pending = external("SSL_pending", ["void*"], "int", header=S, lib="ssl")
SSL_shutdown = external("SSL_shutdown", ["void*"], "int", header=S, lib="ssl")
SSL_get_error = external("SSL_get_error", ["void*", "int"], "int", header=S, lib="ssl")
SSL_get1_peer_certificate = external("SSL_get1_peer_certificate", ["void*"], "void*", header=S, lib="ssl")
SSL_get_verify_result = external("SSL_get_verify_result", ["void*"], "long", header=S, lib="ssl")
SSL_get_current_cipher = external("SSL_get_current_cipher", ["void*"], "void*", header=S, lib="ssl")
SSL_CIPHER_get_name = external("SSL_CIPHER_get_name", ["void*"], "char*", header=S, lib="ssl")
SSL_CIPHER_get_version = external("SSL_CIPHER_get_version", ["void*"], "char*", header=S, lib="ssl")
SSL_CIPHER_get_bits = external("SSL_CIPHER_get_bits", ["void*", "void*"], "int", header=S, lib="ssl")
SSL_get_version = external("SSL_get_version", ["void*"], "char*", header=S, lib="ssl")

ERR_get_error = external("ERR_get_error", [], "unsigned long", header=E, lib="crypto")
ERR_peek_last_error = external("ERR_peek_last_error", [], "unsigned long", header=E, lib="crypto")
ERR_clear_error = external("ERR_clear_error", [], "void", header=E, lib="crypto")
ERR_reason_error_string = external("ERR_reason_error_string", ["unsigned long"], "char*", header=E, lib="crypto")
ERR_lib_error_string = external("ERR_lib_error_string", ["unsigned long"], "char*", header=E, lib="crypto")
X509_verify_cert_error_string = external("X509_verify_cert_error_string", ["long"], "char*", header=X,
                                         lib="crypto")

OpenSSL_version = external("OpenSSL_version", ["int"], "char*", header="<openssl/crypto.h>", lib="crypto")
OpenSSL_version_num = external("OpenSSL_version_num", [], "unsigned long", header="<openssl/crypto.h>",
                               lib="crypto")
RAND_status = external("RAND_status", [], "int", header="<openssl/rand.h>", lib="crypto")
RAND_add = external("RAND_add", ["void*", "int", "double"], "void", header="<openssl/rand.h>", lib="crypto")
RAND_bytes = external("RAND_bytes", ["void*", "int"], "int", header="<openssl/rand.h>", lib="crypto")
CRYPTO_free = external("CRYPTO_free", ["void*", "char*", "int"], "void", header="<openssl/crypto.h>",
                       lib="crypto")

X509_get_default_cert_file_env = external("X509_get_default_cert_file_env", [], "char*", header=X, lib="crypto")
X509_get_default_cert_file = external("X509_get_default_cert_file", [], "char*", header=X, lib="crypto")
X509_get_default_cert_dir_env = external("X509_get_default_cert_dir_env", [], "char*", header=X, lib="crypto")
X509_get_default_cert_dir = external("X509_get_default_cert_dir", [], "char*", header=X, lib="crypto")

BIO_s_mem = external("BIO_s_mem", [], "void*", header="<openssl/bio.h>", lib="crypto")
BIO_new = external("BIO_new", ["void*"], "void*", header="<openssl/bio.h>", lib="crypto")
BIO_new_file = external("BIO_new_file", ["char*", "char*"], "void*", header="<openssl/bio.h>", lib="crypto")
BIO_new_mem_buf = external("BIO_new_mem_buf", ["void*", "int"], "void*", header="<openssl/bio.h>", lib="crypto")
BIO_read = external("BIO_read", ["void*", "void*", "int"], "int", header="<openssl/bio.h>", lib="crypto")
BIO_free = external("BIO_free", ["void*"], "int", header="<openssl/bio.h>", lib="crypto")
PEM_read_bio_X509 = external("PEM_read_bio_X509", ["void*", "void*", "void*", "void*"], "void*",
                             header="<openssl/pem.h>", lib="crypto")
X509_STORE_add_cert = external("X509_STORE_add_cert", ["void*", "void*"], "int", header=X, lib="crypto")

X509_free = external("X509_free", ["void*"], "void", header=X, lib="crypto")
i2d_X509 = external("i2d_X509", ["void*", "void*"], "int", header=X, lib="crypto")
X509_get_subject_name = external("X509_get_subject_name", ["void*"], "void*", header=X, lib="crypto")
X509_get_issuer_name = external("X509_get_issuer_name", ["void*"], "void*", header=X, lib="crypto")
X509_get_version = external("X509_get_version", ["void*"], "long", header=X, lib="crypto")
X509_get_serialNumber = external("X509_get_serialNumber", ["void*"], "void*", header=X, lib="crypto")
X509_get0_notBefore = external("X509_get0_notBefore", ["void*"], "void*", header=X, lib="crypto")
X509_get0_notAfter = external("X509_get0_notAfter", ["void*"], "void*", header=X, lib="crypto")
X509_get_ext_d2i = external("X509_get_ext_d2i", ["void*", "int", "void*", "void*"], "void*", header=X,
                            lib="crypto")
GENERAL_NAMES_free = external("GENERAL_NAMES_free", ["void*"], "void", header=X, lib="crypto")
X509_NAME_entry_count = external("X509_NAME_entry_count", ["void*"], "int", header=X, lib="crypto")
X509_NAME_get_entry = external("X509_NAME_get_entry", ["void*", "int"], "void*", header=X, lib="crypto")
X509_NAME_ENTRY_set = external("X509_NAME_ENTRY_set", ["void*"], "int", header=X, lib="crypto")
X509_NAME_ENTRY_get_object = external("X509_NAME_ENTRY_get_object", ["void*"], "void*", header=X, lib="crypto")
X509_NAME_ENTRY_get_data = external("X509_NAME_ENTRY_get_data", ["void*"], "void*", header=X, lib="crypto")
OBJ_obj2nid = external("OBJ_obj2nid", ["void*"], "int", header=X, lib="crypto")
OBJ_nid2ln = external("OBJ_nid2ln", ["int"], "char*", header=X, lib="crypto")
OBJ_obj2txt = external("OBJ_obj2txt", ["void*", "int", "void*", "int"], "int", header=X, lib="crypto")
ASN1_STRING_to_UTF8 = external("ASN1_STRING_to_UTF8", ["void*", "void*"], "int", header=X, lib="crypto")
ASN1_STRING_get0_data = external("ASN1_STRING_get0_data", ["void*"], "void*", header=X, lib="crypto")
ASN1_STRING_length = external("ASN1_STRING_length", ["void*"], "int", header=X, lib="crypto")
ASN1_TIME_print = external("ASN1_TIME_print", ["void*", "void*"], "int", header=X, lib="crypto")
i2a_ASN1_INTEGER = external("i2a_ASN1_INTEGER", ["void*", "void*"], "int", header=X, lib="crypto")
OPENSSL_sk_num = external("OPENSSL_sk_num", ["void*"], "int", header=X, lib="crypto")
OPENSSL_sk_value = external("OPENSSL_sk_value", ["void*", "int"], "void*", header=X, lib="crypto")

# Constants of the headers (OpenSSL 3).
SSL_CTRL_SET_TLSEXT_HOSTNAME = 55
TLSEXT_NAMETYPE_host_name = 0
SSL_CTRL_SET_MIN_PROTO_VERSION = 123
SSL_CTRL_SET_MAX_PROTO_VERSION = 124
SSL_FILETYPE_PEM = 1
NID_subject_alt_name = 85
GEN_EMAIL = 1
GEN_DNS = 2
GEN_DIRNAME = 4
GEN_URI = 6
GEN_IPADD = 7
