"""Locale services: the C library's locale (through _locale) plus
locale-aware number formatting and locale name handling.

setlocale(category, locale) switches a category (LC_NUMERIC, LC_TIME, ...);
format, format_string, currency, str, atof and atoi use the conventions of
the current locale; normalize, getlocale and getdefaultlocale translate
between the names users write ('de', 'en_US.utf8') and (language, encoding)
pairs.
"""
import sys
import encodings
import encodings.aliases
import re
import operator
import functools

_builtin_str = str
_builtin_unicode = unicode

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX"]

try:
    from _locale import *
except ImportError:
    # Without the C library's support only the "C" locale exists.
    CHAR_MAX = 127
    LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)

    class Error(Exception):
        pass

    def localeconv():
        """The conventions of the C locale."""
        return {'grouping': [127], 'currency_symbol': '', 'n_sign_posn': 127,
                'p_cs_precedes': 127, 'n_cs_precedes': 127, 'mon_grouping': [],
                'n_sep_by_space': 127, 'decimal_point': '.', 'negative_sign': '',
                'positive_sign': '', 'p_sep_by_space': 127, 'int_curr_symbol': '',
                'p_sign_posn': 127, 'thousands_sep': '', 'mon_thousands_sep': '',
                'frac_digits': 127, 'mon_decimal_point': '', 'int_frac_digits': 127}

    def setlocale(category, value=None):
        """Only the C locale can be set."""
        if value not in (None, '', 'C'):
            raise Error('_locale emulation only supports "C" locale')
        return 'C'

    def strcoll(a, b):
        return cmp(a, b)

    def strxfrm(s):
        return s

if 'CODESET' in dir():
    __all__ += ['nl_langinfo', 'CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'RADIXCHAR',
                'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR']

_localeconv = localeconv
_setlocale = setlocale


# entries that replace the C library's conventions (tests use it)
_override_localeconv = {}


def localeconv():
    """The numeric and monetary conventions of the current locale (a dict)."""
    conv = _localeconv()
    if _override_localeconv:
        conv.update(_override_localeconv)
    return conv


# ---- number formatting -------------------------------------------------

def _intervals(grouping):
    """The group sizes, right to left: a 0 repeats the previous size
    forever, CHAR_MAX stops grouping."""
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield size
        previous = size


def _group(s, monetary=False):
    """(s with thousands separators inserted, number of separator
    characters added).  Padding spaces around the digits are kept."""
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    trailing = ''
    if s and s[-1] == ' ':
        body = s.rstrip()
        trailing = s[len(body):]
        s = body
    leading = ''
    groups = []
    for size in _intervals(grouping):
        if not s or s[-1] not in '0123456789':
            leading = s        # a sign or spaces: not digits to group
            s = ''
            break
        groups.append(s[-size:])
        s = s[:-size]
    if s:
        groups.append(s)
    groups.reverse()
    return leading + sep.join(groups) + trailing, len(sep) * (len(groups) - 1)


def _strip_padding(s, amount):
    """Remove up to amount spaces of padding, left side first."""
    start = 0
    while amount and start < len(s) and s[start] == ' ':
        start += 1
        amount -= 1
    end = len(s)
    while amount and end > start and s[end - 1] == ' ':
        end -= 1
        amount -= 1
    return s[start:end]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def format(percent, value, grouping=False, monetary=False, *additional):
    """percent % value with the locale's decimal point, and thousands
    separators when grouping is true; percent must hold exactly one
    %char specifier."""
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier,"
                         " %s not valid" % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        text = percent % ((value,) + additional)
    else:
        text = percent % value
    kind = percent[-1]
    if kind in 'eEfFgG':
        parts = text.split('.')
        added = 0
        if grouping:
            parts[0], added = _group(parts[0], monetary=monetary)
        point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        text = point.join(parts)
        if added:
            text = _strip_padding(text, added)
    elif kind in 'diu':
        added = 0
        if grouping:
            text, added = _group(text, monetary=monetary)
        if added:
            text = _strip_padding(text, added)
    return text


def format_string(f, val, grouping=False):
    """f % val where every specifier is formatted with format()."""
    import collections
    specs = list(_percent_re.finditer(f))
    template = _percent_re.sub('%s', f)
    pieces = []
    if isinstance(val, collections.Mapping):
        for m in specs:
            if m.group()[-1] == '%':
                pieces.append('%')
            else:
                pieces.append(format(m.group(), val, grouping))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for m in specs:
            if m.group()[-1] == '%':
                pieces.append('%')
                continue
            stars = m.group('modifiers').count('*')
            pieces.append(_format(m.group(), val[i], grouping, False, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money in the locale's currency format."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    negative = val < 0
    # '<' and '>' mark where a sign may go; they are removed at the end
    s = '<' + format('%%.%if' % digits, abs(val), grouping, monetary=True) + '>'
    if symbol:
        smb = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv['n_cs_precedes' if negative else 'p_cs_precedes']
        space = ' ' if conv['n_sep_by_space' if negative else 'p_sep_by_space'] else ''
        s = smb + space + s if precedes else s + space + smb
    position = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    if position == 0:
        s = '(' + s + ')'
    elif position == 2:
        s = s + sign
    elif position == 3:
        s = s.replace('<', sign)
    elif position == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """A float as str() would show it, with the locale's decimal point."""
    return format("%.12g", val)


def atof(string, func=float):
    """Parse a number written with the locale's separators."""
    conv = localeconv()
    sep = conv['thousands_sep']
    if sep:
        string = string.replace(sep, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return func(string)


def atoi(str):
    """Parse an integer written with the locale's separators."""
    return atof(str, int)


# ---- locale names ------------------------------------------------------

def _replace_encoding(code, encoding):
    """code (a normalized locale name) with its encoding replaced by the
    locale spelling of encoding."""
    lang = code.split('.', 1)[0]
    name = encodings.normalize_encoding(encoding)
    name = encodings.aliases.aliases.get(name.lower(), name)
    result = name
    key = name.lower()
    if key in locale_encoding_alias:
        result = locale_encoding_alias[key]
    else:
        key = key.replace('_', '').replace('-', '')
        if key in locale_encoding_alias:
            result = locale_encoding_alias[key]
    return lang + '.' + result


def normalize(localename):
    """The C library spelling of a locale name ('de' -> 'de_DE.ISO8859-1'),
    found in locale_alias; names it does not know come back unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')      # some systems write lang:encoding
    modifier = ''
    if '@' in code:
        code, modifier = code.split('@', 1)
    encoding = ''
    if '.' in code:
        lang, encoding = code.split('.')[:2]
    else:
        lang = code
    lang_enc = lang
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    found = locale_alias.get(lang_enc + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return found + '@' + modifier
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            base, its_modifier = found.split('@', 1)
            return _replace_encoding(base, encoding) + '@' + its_modifier
        if modifier:
            found = locale_alias.get(lang)
            if found is not None:
                if '@' not in found:
                    return _replace_encoding(found, encoding) + '@' + modifier
                base, its_modifier = found.split('@', 1)
                if its_modifier.lower() == modifier:
                    return _replace_encoding(base, encoding) + '@' + its_modifier
    return localename


def _parse_localename(localename):
    """(language code, encoding) of a locale name; (None, None) for C."""
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    """A locale name from a (language code, encoding) pair."""
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except TypeError:
        raise TypeError('Locale must be None, a string, or an iterable of two strings '
                        '-- language code, encoding.')


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) of the user's default locale, from the
    first of envvars that is set (LANGUAGE may list several, colon-separated)."""
    import os
    name = None
    for variable in envvars:
        name = os.environ.get(variable)
        if name:
            if variable == 'LANGUAGE':
                name = name.split(':')[0]
            break
    if not name:
        name = 'C'
    return _parse_localename(name)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the current setting of category."""
    name = _setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def setlocale(category, locale=None):
    """Set the locale of category (a name, or a (language, encoding) pair;
    '' is the user's default) or, with locale None, return the current one."""
    if locale and not isinstance(locale, (_builtin_str, _builtin_unicode)):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Set category to the default locale (getdefaultlocale())."""
    _setlocale(category, _build_localename(getdefaultlocale()))


def getpreferredencoding(do_setlocale=True):
    """The encoding the user's locale prefers for text (the CODESET of the
    default LC_CTYPE; with do_setlocale false, of the current one)."""
    if 'CODESET' not in globals():
        return 'ascii'
    if not do_setlocale:
        return nl_langinfo(CODESET)
    previous = setlocale(LC_CTYPE)
    try:
        setlocale(LC_CTYPE, '')
    except Error:
        pass
    result = nl_langinfo(CODESET)
    setlocale(LC_CTYPE, previous)
    return result


# ---- the tables ---------------------------------------------------------

# Python codec names (and a few other spellings) -> the locale encoding names.
locale_encoding_alias = {
    '437': 'C', 'c': 'C', 'en': 'ISO8859-1', 'jis': 'JIS7', 'jis7': 'JIS7', 'ajec': 'eucJP',
    'ascii': 'ISO8859-1', 'latin_1': 'ISO8859-1', 'utf_8': 'UTF-8', 'euc_jp': 'eucJP',
    'euc_kr': 'eucKR', 'iso2022_jp': 'JIS7', 'koi8_r': 'KOI8-R', 'koi8_u': 'KOI8-U',
    'shift_jis': 'SJIS', 'tactis': 'TACTIS',
}
for _n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16):
    locale_encoding_alias['iso8859_%d' % _n] = 'ISO8859-%d' % _n


def _build_alias_table():
    """locale_alias: lower-case names (encodings without '-' and '_') ->
    C library locale names.  Built from the lists below: each territory's
    locale with its traditional encoding, a language alone meaning its
    main territory, and the irregular names."""
    table = {}
    by_encoding = [
        ('ISO8859-1', 'af_ZA br_FR ca_AD ca_ES ca_FR ca_IT cy_GB da_DK de_AT de_BE de_CH de_DE '
                      'de_LU en_AU en_BW en_CA en_DK en_EN en_GB en_HK en_IE en_NZ en_PH en_SG '
                      'en_US en_ZA en_ZW es_AR es_BO es_CL es_CO es_CR es_DO es_EC es_ES es_GT '
                      'es_HN es_MX es_NI es_PA es_PE es_PR es_PY es_SV es_US es_UY es_VE '
                      'eu_ES fi_FI fo_FO fr_BE fr_CA fr_CH fr_FR fr_LU ga_IE gd_GB gl_ES gv_GB '
                      'id_ID is_IS it_CH it_IT kl_GL kw_GB ms_MY nb_NO nl_BE nl_NL nn_NO no_NO '
                      'oc_FR pt_BR pt_PT sq_AL sv_FI sv_SE tl_PH uz_UZ wa_BE'),
        ('ISO8859-2', 'bs_BA cs_CZ hr_HR hu_HU pl_PL ro_RO sk_SK sl_SI sr_CS'),
        ('ISO8859-5', 'mk_MK'),
        ('ISO8859-6', 'ar_AA ar_SA'),
        ('ISO8859-7', 'el_GR'),
        ('ISO8859-8', 'he_IL iw_IL yi_US'),
        ('ISO8859-9', 'tr_TR ku_TR'),
        ('ISO8859-9E', 'az_AZ'),
        ('ISO8859-11', 'th_TH'),
        ('ISO8859-13', 'lt_LT lv_LV mi_NZ'),
        ('ISO8859-15', 'et_EE'),
        ('CP1251', 'be_BY bg_BG'),
        ('KOI8-U', 'uk_UA'),
        ('TATAR-CYR', 'tt_RU'),
        ('GEORGIAN-ACADEMY', 'ka_GE'),
        ('MULELAO-1', 'lo_LA'),
        ('TCVN', 'vi_VN'),
        ('ISCII-DEV', 'hi_IN'),
        ('eucJP', 'ja_JP'),
        ('eucKR', 'ko_KR'),
        ('gb2312', 'zh_CN'),
        ('big5', 'zh_TW zh_HK'),
        ('UTF-8', 'am_ET ar_AE ar_BH ar_DZ ar_EG ar_IN ar_IQ ar_JO ar_KW ar_LB ar_LY ar_MA '
                  'ar_OM ar_QA ar_SD ar_SY ar_TN ar_YE bn_BD bn_IN bo_CN fa_IR gu_IN hy_AM '
                  'kk_KZ km_KH kn_IN ks_IN ky_KG ml_IN mn_MN mr_IN my_MM ne_NP pa_IN ps_AF '
                  'ru_RU ru_UA sd_IN si_LK sr_ME sr_RS ta_IN te_IN tg_TJ ti_ER ug_CN ur_PK '
                  'wo_SN xh_ZA zu_ZA'),
    ]
    for charset, names in by_encoding:
        for name in names.split():
            table[name.lower()] = name + '.' + charset
    languages = {
        'af': 'af_ZA', 'am': 'am_ET', 'ar': 'ar_AA', 'az': 'az_AZ', 'be': 'be_BY', 'bg': 'bg_BG',
        'bn': 'bn_IN', 'bo': 'bo_CN', 'br': 'br_FR', 'bs': 'bs_BA', 'ca': 'ca_ES', 'cs': 'cs_CZ',
        'cy': 'cy_GB', 'da': 'da_DK', 'de': 'de_DE', 'el': 'el_GR', 'en': 'en_US', 'es': 'es_ES',
        'et': 'et_EE', 'eu': 'eu_ES', 'fa': 'fa_IR', 'fi': 'fi_FI', 'fo': 'fo_FO', 'fr': 'fr_FR',
        'ga': 'ga_IE', 'gd': 'gd_GB', 'gl': 'gl_ES', 'gu': 'gu_IN', 'gv': 'gv_GB', 'he': 'he_IL',
        'hi': 'hi_IN', 'hr': 'hr_HR', 'hu': 'hu_HU', 'hy': 'hy_AM', 'id': 'id_ID', 'in': 'id_ID',
        'is': 'is_IS', 'it': 'it_IT', 'iw': 'he_IL', 'ja': 'ja_JP', 'ka': 'ka_GE', 'kk': 'kk_KZ',
        'kl': 'kl_GL', 'km': 'km_KH', 'kn': 'kn_IN', 'ko': 'ko_KR', 'ks': 'ks_IN', 'ku': 'ku_TR',
        'kw': 'kw_GB', 'ky': 'ky_KG', 'lo': 'lo_LA', 'lt': 'lt_LT', 'lv': 'lv_LV', 'mi': 'mi_NZ',
        'mk': 'mk_MK', 'ml': 'ml_IN', 'mn': 'mn_MN', 'mr': 'mr_IN', 'ms': 'ms_MY', 'my': 'my_MM',
        'nb': 'nb_NO', 'ne': 'ne_NP', 'nl': 'nl_NL', 'nn': 'nn_NO', 'no': 'no_NO', 'oc': 'oc_FR',
        'pa': 'pa_IN', 'pl': 'pl_PL', 'ps': 'ps_AF', 'pt': 'pt_PT', 'ro': 'ro_RO', 'ru': 'ru_RU',
        'sd': 'sd_IN', 'si': 'si_LK', 'sk': 'sk_SK', 'sl': 'sl_SI', 'sq': 'sq_AL', 'sr': 'sr_RS',
        'sv': 'sv_SE', 'ta': 'ta_IN', 'te': 'te_IN', 'tg': 'tg_TJ', 'th': 'th_TH', 'ti': 'ti_ER',
        'tl': 'tl_PH', 'tr': 'tr_TR', 'tt': 'tt_RU', 'ug': 'ug_CN', 'uk': 'uk_UA', 'ur': 'ur_PK',
        'uz': 'uz_UZ', 'vi': 'vi_VN', 'wa': 'wa_BE', 'wo': 'wo_SN', 'xh': 'xh_ZA', 'yi': 'yi_US',
        'zu': 'zu_ZA',
    }
    for lang, name in languages.items():
        table[lang] = table[name.lower()]
    # the euro modifier selects ISO8859-15 in the euro-zone locales
    for name in ('ca_ES de_AT de_BE de_DE de_LU el_GR en_IE en_US es_ES eu_ES fi_FI fr_BE '
                 'fr_FR fr_LU ga_IE gl_ES it_IT nl_BE nl_NL pt_PT sv_FI wa_BE').split():
        table[name.lower() + '@euro'] = name + '.ISO8859-15'
    table.update({
        'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
        'c.utf8': 'en_US.UTF-8', 'en_us.utf': 'en_US.UTF-8', 'universal': 'en_US.utf',
        'universal.utf8@ucs4': 'en_US.UTF-8',
        'english': 'en_EN.ISO8859-1', 'english_uk': 'en_GB.ISO8859-1',
        'english_united-states': 'en_US.ISO8859-1', 'american': 'en_US.ISO8859-1',
        'german': 'de_DE.ISO8859-1', 'french': 'fr_FR.ISO8859-1', 'spanish': 'es_ES.ISO8859-1',
        'italian': 'it_IT.ISO8859-1', 'dutch': 'nl_NL.ISO8859-1', 'swedish': 'sv_SE.ISO8859-1',
        'danish': 'da_DK.ISO8859-1', 'finnish': 'fi_FI.ISO8859-1', 'norwegian': 'no_NO.ISO8859-1',
        'portuguese': 'pt_PT.ISO8859-1', 'polish': 'pl_PL.ISO8859-2', 'czech': 'cs_CZ.ISO8859-2',
        'hungarian': 'hu_HU.ISO8859-2', 'greek': 'el_GR.ISO8859-7', 'hebrew': 'he_IL.ISO8859-8',
        'turkish': 'tr_TR.ISO8859-9', 'japanese': 'ja_JP.eucJP', 'korean': 'ko_KR.eucKR',
        'russian': 'ru_RU.UTF-8', 'chinese-s': 'zh_CN.eucCN', 'chinese-t': 'zh_TW.eucTW',
        'zh': 'zh_CN.eucCN', 'zh_cn.big5': 'zh_TW.big5', 'zh_cn.euc': 'zh_CN.eucCN',
        'zh_tw.euc': 'zh_TW.eucTW', 'ja_jp.sjis': 'ja_JP.SJIS', 'ja_jp.pck': 'ja_JP.SJIS',
        'ja_jp.mscode': 'ja_JP.SJIS', 'ja_jp.jis': 'ja_JP.JIS7', 'ja_jp.jis7': 'ja_JP.JIS7',
        'ja_jp.ujis': 'ja_JP.eucJP', 'ja_jp.euc': 'ja_JP.eucJP', 'ko_kr.euc': 'ko_KR.eucKR',
        'ru_ru.koi8r': 'ru_RU.KOI8-R', 'ru_ru.iso88595': 'ru_RU.ISO8859-5',
        'ru_ru.cp1251': 'ru_RU.CP1251', 'bg_bg.iso88595': 'bg_BG.ISO8859-5',
        'uk_ua.microsoftcp1251': 'uk_UA.CP1251', 'uk_ua.cp1251': 'uk_UA.CP1251',
        'uk_ua.iso88595': 'uk_UA.ISO8859-5', 'tt_ru.koi8c': 'tt_RU.KOI8-C',
        'az_az.iso88599e': 'az_AZ.ISO8859-9E', 'lo_la.cp1133': 'lo_LA.IBM-CP1133',
        'lo_la.ibmcp1133': 'lo_LA.IBM-CP1133', 'lo_la.mulelao1': 'lo_LA.MULELAO-1',
        'ka_ge.georgianacademy': 'ka_GE.GEORGIAN-ACADEMY', 'ka_ge.georgianps': 'ka_GE.GEORGIAN-PS',
        'ka_ge.georgianrs': 'ka_GE.GEORGIAN-ACADEMY', 'th_th.tis620': 'th_TH.TIS620',
        'th_th.tactis': 'th_TH.TIS620', 'vi_vn.tcvn': 'vi_VN.TCVN', 'vi_vn.viscii': 'vi_VN.VISCII',
        'be_by@latin': 'be_BY.UTF-8@latin', 'sr_rs@latin': 'sr_RS.UTF-8@latin',
        'sr@latn': 'sr_CS.UTF-8@latin', 'sr_cs@latn': 'sr_CS.UTF-8@latin',
        'sr_me': 'sr_ME.UTF-8', 'ca_es@valencia': 'ca_ES.UTF-8@valencia',
        'ks_in@devanagari': 'ks_IN.UTF-8@devanagari', 'sd_in@devanagari': 'sd_IN.UTF-8@devanagari',
        'ks@devanagari': 'ks_IN.UTF-8@devanagari', 'sd@devanagari': 'sd_IN.UTF-8@devanagari',
        'en_us.iso88591': 'en_US.ISO8859-1', 'en_gb.iso88591': 'en_GB.ISO8859-1',
        'de_de.iso88591': 'de_DE.ISO8859-1', 'fr_fr.iso88591': 'fr_FR.ISO8859-1',
        'es_es.iso88591': 'es_ES.ISO8859-1', 'it_it.iso88591': 'it_IT.ISO8859-1',
        'pt_br.iso88591': 'pt_BR.ISO8859-1', 'tr_tr.iso88599': 'tr_TR.ISO8859-9',
        'el_gr.iso88597': 'el_GR.ISO8859-7', 'he_il.iso88598': 'he_IL.ISO8859-8',
        'pl_pl.iso88592': 'pl_PL.ISO8859-2', 'cs_cz.iso88592': 'cs_CZ.ISO8859-2',
    })
    return table


locale_alias = _build_alias_table()

# Windows language identifiers -> locale names (for programs that read them).
windows_locale = {
    0x0405: "cs_CZ", 0x0406: "da_DK", 0x0407: "de_DE", 0x0408: "el_GR", 0x0409: "en_US",
    0x040a: "es_ES_tradnl", 0x040b: "fi_FI", 0x040c: "fr_FR", 0x040e: "hu_HU", 0x0410: "it_IT",
    0x0411: "ja_JP", 0x0412: "ko_KR", 0x0413: "nl_NL", 0x0414: "nb_NO", 0x0415: "pl_PL",
    0x0416: "pt_BR", 0x0419: "ru_RU", 0x041d: "sv_SE", 0x041f: "tr_TR", 0x0804: "zh_CN",
    0x0809: "en_GB", 0x0816: "pt_PT", 0x0c0a: "es_ES", 0x0404: "zh_TW",
}
