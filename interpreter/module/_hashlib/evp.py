"""OpenSSL's libcrypto message digests (the EVP API) through support/ffi.py:
contexts are raw pointers carried as ints."""
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str, raw_str_to_mem

H = "<openssl/evp.h>"
c_get_digestbyname = external("EVP_get_digestbyname", ["char*"], "void*", header=H, lib="crypto")
c_ctx_new = external("EVP_MD_CTX_new", [], "void*", header=H, lib="crypto")
c_ctx_free = external("EVP_MD_CTX_free", ["void*"], "void", header=H, lib="crypto")
c_digest_init = external("EVP_DigestInit_ex", ["void*", "void*", "void*"], "int", header=H, lib="crypto")
c_digest_update = external("EVP_DigestUpdate", ["void*", "void*", "size_t"], "int", header=H, lib="crypto")
c_digest_final = external("EVP_DigestFinal_ex", ["void*", "void*", "void*"], "int", header=H, lib="crypto")
c_ctx_copy = external("EVP_MD_CTX_copy_ex", ["void*", "void*"], "int", header=H, lib="crypto")
c_md_size = external("EVP_MD_get_size", ["void*"], "int", header=H, lib="crypto")
c_md_block_size = external("EVP_MD_get_block_size", ["void*"], "int", header=H, lib="crypto")

MAX_DIGEST = 64


def find_digest(name: str) -> int:
    """The EVP_MD of a digest name (0 if OpenSSL does not know it)."""
    return c_get_digestbyname(name)


def digest_size(md: int) -> int:
    return c_md_size(md)


def block_size(md: int) -> int:
    return c_md_block_size(md)


def new_context(md: int) -> int:
    """A context initialised for md, or 0 on failure."""
    ctx = c_ctx_new()
    if ctx == 0:
        return 0
    if c_digest_init(ctx, md, 0) != 1:
        c_ctx_free(ctx)
        return 0
    return ctx


def update(ctx: int, data: str) -> None:
    n = len(data)
    if n == 0:
        return
    buf = raw_alloc(n)
    try:
        raw_str_to_mem(data, buf, 0)
        c_digest_update(ctx, buf, n)
    finally:
        raw_free(buf)


def copy_context(ctx: int) -> int:
    other = c_ctx_new()
    if other == 0:
        return 0
    if c_ctx_copy(other, ctx) != 1:
        c_ctx_free(other)
        return 0
    return other


def digest(ctx: int, size: int) -> str:
    """The digest so far; the context itself goes on (a copy is finished)."""
    tmp = copy_context(ctx)
    if tmp == 0:
        return ""
    out = raw_alloc(MAX_DIGEST)
    try:
        c_digest_final(tmp, out, 0)
        return raw_mem_to_str(out, size, 0)
    finally:
        raw_free(out)
        c_ctx_free(tmp)


def free_context(ctx: int) -> None:
    if ctx != 0:
        c_ctx_free(ctx)


c_pbkdf2 = external("PKCS5_PBKDF2_HMAC", ["void*", "int", "void*", "int", "int", "void*", "int", "void*"], "int",
                    header=H, lib="crypto")


def pbkdf2(md: int, password: str, salt: str, iterations: int, dklen: int) -> str:
    """PBKDF2-HMAC with the digest md; '' on failure."""
    pw = raw_alloc(len(password) + 1)
    sa = raw_alloc(len(salt) + 1)
    out = raw_alloc(dklen)
    try:
        raw_str_to_mem(password, pw, 0)
        raw_str_to_mem(salt, sa, 0)
        if c_pbkdf2(pw, len(password), sa, len(salt), iterations, md, dklen, out) != 1:
            return ""
        return raw_mem_to_str(out, dklen, 0)
    finally:
        raw_free(pw)
        raw_free(sa)
        raw_free(out)
