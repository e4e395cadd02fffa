"""Conversions between the RGB colour system and YIQ, HLS and HSV.

Every coordinate is a float in [0, 1]; hue wraps around, so it is taken
modulo 1.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    # YIQ covers more than the RGB cube; results outside it are cut back
    return min(1.0, max(0.0, x))


def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    i = 0.60 * r - 0.28 * g - 0.32 * b
    q = 0.21 * r - 0.52 * g + 0.31 * b
    return (y, i, q)


def yiq_to_rgb(y, i, q):
    r = y + 0.948262 * i + 0.624013 * q
    g = y - 0.276066 * i - 0.639810 * q
    b = y - 1.105450 * i + 1.729860 * q
    return (_clamp(r), _clamp(g), _clamp(b))


def _hue(r, g, b, hi, lo):
    """The hue (in [0, 1)) of a colour whose largest and smallest
    components are hi and lo (hi != lo)."""
    span = hi - lo
    rc = (hi - r) / span
    gc = (hi - g) / span
    bc = (hi - b) / span
    if r == hi:
        sector = bc - gc
    elif g == hi:
        sector = 2.0 + rc - bc
    else:
        sector = 4.0 + gc - rc
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    light = (lo + hi) / 2.0
    if hi == lo:
        return 0.0, light, 0.0
    if light <= 0.5:
        sat = (hi - lo) / (hi + lo)
    else:
        sat = (hi - lo) / (2.0 - hi - lo)
    return _hue(r, g, b, hi, lo), light, sat


def _hls_component(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    if l <= 0.5:
        m2 = l * (1.0 + s)
    else:
        m2 = l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_hls_component(m1, m2, h + ONE_THIRD),
            _hls_component(m1, m2, h),
            _hls_component(m1, m2, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    if hi == lo:
        return 0.0, 0.0, hi
    return _hue(r, g, b, hi, lo), (hi - lo) / hi, hi


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    f = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    # for each sixth of the hue circle: which of v, t, p, q is r, g, b
    order = ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))
    return order[sector % 6]
