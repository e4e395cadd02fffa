"""The tables of RFC 3454 (stringprep: preparation of internationalized
strings), as functions of a character: in_table_<name>(ch) for the
sets, map_table_b2 and map_table_b3 for the case-folding mappings.

RFC 3454 is defined over Unicode 3.2.  This interpreter's unicodedata
has the 5.2 data only (no ucd_3_2_0): the characters assigned between
3.2 and 5.2, and the 3.2 categories and bidirectional classes that
changed since, are listed below; NFKC (table B.2) is 5.2's.
"""

import unicodedata as _ucd
from unicodedata import normalize as _normalize

def _parse_ranges(text):
    """Hex code points and ranges ("a-b") -> set of ints."""
    result = set()
    for item in text.split():
        lo, _, hi = item.partition('-')
        result.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return result


# code points unassigned in Unicode 3.2 but assigned by 5.2
_NEW_SINCE_3_2 = _parse_ranges("""
    221 234-24f 2ae-2af 2ef-2ff 350-35f 370-373 376-377 37b-37d 3cf
    3f7-3ff 487 4cf 4f6-4f7 4fa-4ff 510-525 5a2 5ba 5c5-5c7
    600-603 606-60b 60d-61a 61e 63b-63f 656-65e 6ee-6ef 6ff 72d-72f
    74d-77f 7c0-7fa 800-82d 830-83e 900 904 94e 955 971-972
    979-97f 9bd 9ce 9fb a01 a03 a51 a75 a8c
    ae1-ae3 af1 b35 b44 b62-b63 b71 bb6 bd0 be6
    bf3-bfa c3d c58-c59 c62-c63 c78-c7f cbc-cbd ce2-ce3 cf1-cf2 d3d
    d44 d62-d63 d70-d75 d79-d7f f6b-f6c fce fd0-fd8 1022 1028
    102b 1033-1035 103a-103f 105a-109f 10f9-10fa 10fc 115a-115e 11a3-11a7 11fa-11ff
    1207 1247 1287 12af 12cf 12ef 130f 131f 1347
    135f-1360 1380-1399 1400 1677-167f 17dd 17f0-17f9 18aa 18b0-18f5 1900-191c
    1920-192b 1930-193b 1940 1944-196d 1970-1974 1980-19ab 19b0-19c9 19d0-19da 19de-1a1b
    1a1e-1a5e 1a60-1a7c 1a7f-1a89 1a90-1a99 1aa0-1aad 1b00-1b4b 1b50-1b7c 1b80-1baa 1bae-1bb9
    1c00-1c37 1c3b-1c49 1c4d-1c7f 1cd0-1cf2 1d00-1de6 1dfd-1dff 1e9c-1e9f 1efa-1eff 2053-2056
    2058-205e 2064 2090-2094 20b2-20b8 20eb-20f0 213b-213c 214c-2152 2184-2189 23cf-23e8
    24ff 2614-2615 2618 267e-267f 268a-26cd 26cf-26e1 26e3 26e8-26ff 2757
    27c0-27ca 27cc 27ec-27ef 2b00-2b4c 2b50-2b59 2c00-2c2e 2c30-2c5e 2c60-2cf1 2cf9-2d25
    2d30-2d65 2d6f 2d80-2d96 2da0-2da6 2da8-2dae 2db0-2db6 2db8-2dbe 2dc0-2dc6 2dc8-2dce
    2dd0-2dd6 2dd8-2dde 2de0-2e31 312d 31c0-31e3 321d-321e 3244-3250 327c-327e 32cc-32cf
    3377-337a 33de-33df 33ff 4dc0-4dff 9fa6-9fcb a4d0-a62b a640-a65f a662-a673 a67c-a697
    a6a0-a6f7 a700-a78c a7fb-a82b a830-a839 a840-a877 a880-a8c4 a8ce-a8d9 a8e0-a8fb a900-a953
    a95f-a97c a980-a9cd a9cf-a9d9 a9de-a9df aa00-aa36 aa40-aa4d aa50-aa59 aa5c-aa7b aa80-aac2
    aadb-aadf abc0-abed abf0-abf9 d7b0-d7c6 d7cb-d7fb fa6b-fa6d fa70-fad9 fdfd fe10-fe19
    fe24-fe26 fe47-fe48 10000-1000b 1000d-10026 10028-1003a 1003c-1003d 1003f-1004d 10050-1005d 10080-100fa
    10100-10102 10107-10133 10137-1018a 10190-1019b 101d0-101fd 10280-1029c 102a0-102d0 10380-1039d 1039f-103c3
    103c8-103d5 10426-10427 1044e-1049d 104a0-104a9 10800-10805 10808 1080a-10835 10837-10838 1083c
    1083f-10855 10857-1085f 10900-1091b 1091f-10939 1093f 10a00-10a03 10a05-10a06 10a0c-10a13 10a15-10a17
    10a19-10a33 10a38-10a3a 10a3f-10a47 10a50-10a58 10a60-10a7f 10b00-10b35 10b39-10b55 10b58-10b72 10b78-10b7f
    10c00-10c48 10e60-10e7e 11080-110c1 12000-1236e 12400-12462 12470-12473 13000-1342e 1d129 1d200-1d245
    1d300-1d356 1d360-1d371 1d4c1 1d6a4-1d6a5 1d7ca-1d7cb 1f000-1f02b 1f030-1f093 1f100-1f10a 1f110-1f12e
    1f131 1f13d 1f13f 1f142 1f146 1f14a-1f14e 1f157 1f15f 1f179
    1f17b-1f17c 1f17f 1f18a-1f18d 1f190 1f200 1f210-1f231 1f240-1f248 2a700-2b734 e0100-e01ef
""")


# Unicode 3.2's values of the properties that changed by 5.2:
# value -> code points
_CATEGORY_3_2 = {
    'Cf': _parse_ranges("""
        180e"""),
    'Ll': _parse_ranges("""
        294 2071 207f"""),
    'Lo': _parse_ranges("""
        a015 10341"""),
    'Mc': _parse_ranges("""
        17b4-17b5"""),
    'Nd': _parse_ranges("""
        1369-1371"""),
    'Nl': _parse_ranges("""
        2183"""),
    'Pc': _parse_ranges("""
        30fb ff65"""),
    'Pd': _parse_ranges("""
        ad"""),
    'Pe': _parse_ranges("""
        23b5"""),
    'Po': _parse_ranges("""
        5be 23b6"""),
    'Ps': _parse_ranges("""
        23b4"""),
    'Sk': _parse_ranges("""
        2b9-2ba 2c6-2cf 2ec 374"""),
    'So': _parse_ranges("""
        2132"""),
    'Zs': _parse_ranges("""
        200b"""),
}
_BIDI_3_2 = {
    'AL': _parse_ranges("""
        6dd"""),
    'BN': _parse_ranges("""
        180e fff9-fffb"""),
    'EN': _parse_ranges("""
        2460-2487 24ea"""),
    'ES': _parse_ranges("""
        2f ff0f"""),
    'ET': _parse_ranges("""
        2b 2d 207a-207b 208a-208b 2212 fb29 fe62-fe63 ff0b
        ff0d"""),
    'L': _parse_ranges("""
        1d6db 1d715 1d74f 1d789 1d7c3"""),
    'NSM': _parse_ranges("""
        cbf cc6"""),
    'ON': _parse_ranges("""
        ad 2044 2132 2800-28ff"""),
    'WS': _parse_ranges("""
        202f"""),
}


def _old_value(table, c):
    for value, points in table.items():
        if c in points:
            return value
    return None


def _category(code):
    c = ord(code)
    # characters Unicode 3.2 did not have yet are unassigned there
    if c in _NEW_SINCE_3_2:
        return 'Cn'
    return _old_value(_CATEGORY_3_2, c) or _ucd.category(code)


def _bidi(code):
    c = ord(code)
    if c in _NEW_SINCE_3_2:
        return ''
    old = _old_value(_BIDI_3_2, c)
    return old if old is not None else _ucd.bidirectional(code)


def in_table_a1(code):
    """A.1: unassigned code points in Unicode 3.2."""
    if _category(code) != 'Cn':
        return False
    c = ord(code)
    # noncharacters are table C.4, not A.1
    if 0xFDD0 <= c < 0xFDF0:
        return False
    return (c & 0xFFFF) not in (0xFFFE, 0xFFFF)


# B.1: characters commonly mapped to nothing
b1_set = _parse_ranges("ad 34f 1806 180b-180d 200b-200d 2060 fe00-fe0f feff")


def in_table_b1(code):
    return ord(code) in b1_set


# B.2/B.3: case folding where it is not just lower(), as
# "code point:replacement code points"
b3_exceptions = dict(
    (int(_key, 16), u''.join([unichr(int(_c, 16)) for _c in _value.split('.')]))
    for _key, _value in (_entry.split(':') for _entry in """
    b5:3bc df:73.73 130:69.307 149:2bc.6e 17f:73 1f0:6a.30c 345:3b9
    37a:20.3b9 390:3b9.308.301 3b0:3c5.308.301 3c2:3c3 3d0:3b2 3d1:3b8 3d2:3c5
    3d3:3cd 3d4:3cb 3d5:3c6 3d6:3c0 3f0:3ba 3f1:3c1 3f2:3c3
    3f5:3b5 587:565.582 1e96:68.331 1e97:74.308 1e98:77.30a 1e99:79.30a 1e9a:61.2be
    1e9b:1e61 1f50:3c5.313 1f52:3c5.313.300 1f54:3c5.313.301 1f56:3c5.313.342 1f80:1f00.3b9 1f81:1f01.3b9
    1f82:1f02.3b9 1f83:1f03.3b9 1f84:1f04.3b9 1f85:1f05.3b9 1f86:1f06.3b9 1f87:1f07.3b9 1f88:1f00.3b9
    1f89:1f01.3b9 1f8a:1f02.3b9 1f8b:1f03.3b9 1f8c:1f04.3b9 1f8d:1f05.3b9 1f8e:1f06.3b9 1f8f:1f07.3b9
    1f90:1f20.3b9 1f91:1f21.3b9 1f92:1f22.3b9 1f93:1f23.3b9 1f94:1f24.3b9 1f95:1f25.3b9 1f96:1f26.3b9
    1f97:1f27.3b9 1f98:1f20.3b9 1f99:1f21.3b9 1f9a:1f22.3b9 1f9b:1f23.3b9 1f9c:1f24.3b9 1f9d:1f25.3b9
    1f9e:1f26.3b9 1f9f:1f27.3b9 1fa0:1f60.3b9 1fa1:1f61.3b9 1fa2:1f62.3b9 1fa3:1f63.3b9 1fa4:1f64.3b9
    1fa5:1f65.3b9 1fa6:1f66.3b9 1fa7:1f67.3b9 1fa8:1f60.3b9 1fa9:1f61.3b9 1faa:1f62.3b9 1fab:1f63.3b9
    1fac:1f64.3b9 1fad:1f65.3b9 1fae:1f66.3b9 1faf:1f67.3b9 1fb2:1f70.3b9 1fb3:3b1.3b9 1fb4:3ac.3b9
    1fb6:3b1.342 1fb7:3b1.342.3b9 1fbc:3b1.3b9 1fbe:3b9 1fc2:1f74.3b9 1fc3:3b7.3b9 1fc4:3ae.3b9
    1fc6:3b7.342 1fc7:3b7.342.3b9 1fcc:3b7.3b9 1fd2:3b9.308.300 1fd3:3b9.308.301 1fd6:3b9.342 1fd7:3b9.308.342
    1fe2:3c5.308.300 1fe3:3c5.308.301 1fe4:3c1.313 1fe6:3c5.342 1fe7:3c5.308.342 1ff2:1f7c.3b9 1ff3:3c9.3b9
    1ff4:3ce.3b9 1ff6:3c9.342 1ff7:3c9.342.3b9 1ffc:3c9.3b9 20a8:72.73 2102:63 2103:b0.63
    2107:25b 2109:b0.66 210b:68 210c:68 210d:68 2110:69 2111:69
    2112:6c 2115:6e 2116:6e.6f 2119:70 211a:71 211b:72 211c:72
    211d:72 2120:73.6d 2121:74.65.6c 2122:74.6d 2124:7a 2128:7a 212c:62
    212d:63 2130:65 2131:66 2133:6d 213e:3b3 213f:3c0 2145:64
    3371:68.70.61 3373:61.75 3375:6f.76 3380:70.61 3381:6e.61 3382:3bc.61 3383:6d.61
    3384:6b.61 3385:6b.62 3386:6d.62 3387:67.62 338a:70.66 338b:6e.66 338c:3bc.66
    3390:68.7a 3391:6b.68.7a 3392:6d.68.7a 3393:67.68.7a 3394:74.68.7a 33a9:70.61 33aa:6b.70.61
    33ab:6d.70.61 33ac:67.70.61 33b4:70.76 33b5:6e.76 33b6:3bc.76 33b7:6d.76 33b8:6b.76
    33b9:6d.76 33ba:70.77 33bb:6e.77 33bc:3bc.77 33bd:6d.77 33be:6b.77 33bf:6d.77
    33c0:6b.3c9 33c1:6d.3c9 33c3:62.71 33c6:63.2215.6b.67 33c7:63.6f.2e 33c8:64.62 33c9:67.79
    33cb:68.70 33cd:6b.6b 33ce:6b.6d 33d7:70.68 33d9:70.70.6d 33da:70.72 33dc:73.76
    33dd:77.62 fb00:66.66 fb01:66.69 fb02:66.6c fb03:66.66.69 fb04:66.66.6c fb05:73.74
    fb06:73.74 fb13:574.576 fb14:574.565 fb15:574.56b fb16:57e.576 fb17:574.56d 1d400:61
    1d401:62 1d402:63 1d403:64 1d404:65 1d405:66 1d406:67 1d407:68
    1d408:69 1d409:6a 1d40a:6b 1d40b:6c 1d40c:6d 1d40d:6e 1d40e:6f
    1d40f:70 1d410:71 1d411:72 1d412:73 1d413:74 1d414:75 1d415:76
    1d416:77 1d417:78 1d418:79 1d419:7a 1d434:61 1d435:62 1d436:63
    1d437:64 1d438:65 1d439:66 1d43a:67 1d43b:68 1d43c:69 1d43d:6a
    1d43e:6b 1d43f:6c 1d440:6d 1d441:6e 1d442:6f 1d443:70 1d444:71
    1d445:72 1d446:73 1d447:74 1d448:75 1d449:76 1d44a:77 1d44b:78
    1d44c:79 1d44d:7a 1d468:61 1d469:62 1d46a:63 1d46b:64 1d46c:65
    1d46d:66 1d46e:67 1d46f:68 1d470:69 1d471:6a 1d472:6b 1d473:6c
    1d474:6d 1d475:6e 1d476:6f 1d477:70 1d478:71 1d479:72 1d47a:73
    1d47b:74 1d47c:75 1d47d:76 1d47e:77 1d47f:78 1d480:79 1d481:7a
    1d49c:61 1d49e:63 1d49f:64 1d4a2:67 1d4a5:6a 1d4a6:6b 1d4a9:6e
    1d4aa:6f 1d4ab:70 1d4ac:71 1d4ae:73 1d4af:74 1d4b0:75 1d4b1:76
    1d4b2:77 1d4b3:78 1d4b4:79 1d4b5:7a 1d4d0:61 1d4d1:62 1d4d2:63
    1d4d3:64 1d4d4:65 1d4d5:66 1d4d6:67 1d4d7:68 1d4d8:69 1d4d9:6a
    1d4da:6b 1d4db:6c 1d4dc:6d 1d4dd:6e 1d4de:6f 1d4df:70 1d4e0:71
    1d4e1:72 1d4e2:73 1d4e3:74 1d4e4:75 1d4e5:76 1d4e6:77 1d4e7:78
    1d4e8:79 1d4e9:7a 1d504:61 1d505:62 1d507:64 1d508:65 1d509:66
    1d50a:67 1d50d:6a 1d50e:6b 1d50f:6c 1d510:6d 1d511:6e 1d512:6f
    1d513:70 1d514:71 1d516:73 1d517:74 1d518:75 1d519:76 1d51a:77
    1d51b:78 1d51c:79 1d538:61 1d539:62 1d53b:64 1d53c:65 1d53d:66
    1d53e:67 1d540:69 1d541:6a 1d542:6b 1d543:6c 1d544:6d 1d546:6f
    1d54a:73 1d54b:74 1d54c:75 1d54d:76 1d54e:77 1d54f:78 1d550:79
    1d56c:61 1d56d:62 1d56e:63 1d56f:64 1d570:65 1d571:66 1d572:67
    1d573:68 1d574:69 1d575:6a 1d576:6b 1d577:6c 1d578:6d 1d579:6e
    1d57a:6f 1d57b:70 1d57c:71 1d57d:72 1d57e:73 1d57f:74 1d580:75
    1d581:76 1d582:77 1d583:78 1d584:79 1d585:7a 1d5a0:61 1d5a1:62
    1d5a2:63 1d5a3:64 1d5a4:65 1d5a5:66 1d5a6:67 1d5a7:68 1d5a8:69
    1d5a9:6a 1d5aa:6b 1d5ab:6c 1d5ac:6d 1d5ad:6e 1d5ae:6f 1d5af:70
    1d5b0:71 1d5b1:72 1d5b2:73 1d5b3:74 1d5b4:75 1d5b5:76 1d5b6:77
    1d5b7:78 1d5b8:79 1d5b9:7a 1d5d4:61 1d5d5:62 1d5d6:63 1d5d7:64
    1d5d8:65 1d5d9:66 1d5da:67 1d5db:68 1d5dc:69 1d5dd:6a 1d5de:6b
    1d5df:6c 1d5e0:6d 1d5e1:6e 1d5e2:6f 1d5e3:70 1d5e4:71 1d5e5:72
    1d5e6:73 1d5e7:74 1d5e8:75 1d5e9:76 1d5ea:77 1d5eb:78 1d5ec:79
    1d5ed:7a 1d608:61 1d609:62 1d60a:63 1d60b:64 1d60c:65 1d60d:66
    1d60e:67 1d60f:68 1d610:69 1d611:6a 1d612:6b 1d613:6c 1d614:6d
    1d615:6e 1d616:6f 1d617:70 1d618:71 1d619:72 1d61a:73 1d61b:74
    1d61c:75 1d61d:76 1d61e:77 1d61f:78 1d620:79 1d621:7a 1d63c:61
    1d63d:62 1d63e:63 1d63f:64 1d640:65 1d641:66 1d642:67 1d643:68
    1d644:69 1d645:6a 1d646:6b 1d647:6c 1d648:6d 1d649:6e 1d64a:6f
    1d64b:70 1d64c:71 1d64d:72 1d64e:73 1d64f:74 1d650:75 1d651:76
    1d652:77 1d653:78 1d654:79 1d655:7a 1d670:61 1d671:62 1d672:63
    1d673:64 1d674:65 1d675:66 1d676:67 1d677:68 1d678:69 1d679:6a
    1d67a:6b 1d67b:6c 1d67c:6d 1d67d:6e 1d67e:6f 1d67f:70 1d680:71
    1d681:72 1d682:73 1d683:74 1d684:75 1d685:76 1d686:77 1d687:78
    1d688:79 1d689:7a 1d6a8:3b1 1d6a9:3b2 1d6aa:3b3 1d6ab:3b4 1d6ac:3b5
    1d6ad:3b6 1d6ae:3b7 1d6af:3b8 1d6b0:3b9 1d6b1:3ba 1d6b2:3bb 1d6b3:3bc
    1d6b4:3bd 1d6b5:3be 1d6b6:3bf 1d6b7:3c0 1d6b8:3c1 1d6b9:3b8 1d6ba:3c3
    1d6bb:3c4 1d6bc:3c5 1d6bd:3c6 1d6be:3c7 1d6bf:3c8 1d6c0:3c9 1d6d3:3c3
    1d6e2:3b1 1d6e3:3b2 1d6e4:3b3 1d6e5:3b4 1d6e6:3b5 1d6e7:3b6 1d6e8:3b7
    1d6e9:3b8 1d6ea:3b9 1d6eb:3ba 1d6ec:3bb 1d6ed:3bc 1d6ee:3bd 1d6ef:3be
    1d6f0:3bf 1d6f1:3c0 1d6f2:3c1 1d6f3:3b8 1d6f4:3c3 1d6f5:3c4 1d6f6:3c5
    1d6f7:3c6 1d6f8:3c7 1d6f9:3c8 1d6fa:3c9 1d70d:3c3 1d71c:3b1 1d71d:3b2
    1d71e:3b3 1d71f:3b4 1d720:3b5 1d721:3b6 1d722:3b7 1d723:3b8 1d724:3b9
    1d725:3ba 1d726:3bb 1d727:3bc 1d728:3bd 1d729:3be 1d72a:3bf 1d72b:3c0
    1d72c:3c1 1d72d:3b8 1d72e:3c3 1d72f:3c4 1d730:3c5 1d731:3c6 1d732:3c7
    1d733:3c8 1d734:3c9 1d747:3c3 1d756:3b1 1d757:3b2 1d758:3b3 1d759:3b4
    1d75a:3b5 1d75b:3b6 1d75c:3b7 1d75d:3b8 1d75e:3b9 1d75f:3ba 1d760:3bb
    1d761:3bc 1d762:3bd 1d763:3be 1d764:3bf 1d765:3c0 1d766:3c1 1d767:3b8
    1d768:3c3 1d769:3c4 1d76a:3c5 1d76b:3c6 1d76c:3c7 1d76d:3c8 1d76e:3c9
    1d781:3c3 1d790:3b1 1d791:3b2 1d792:3b3 1d793:3b4 1d794:3b5 1d795:3b6
    1d796:3b7 1d797:3b8 1d798:3b9 1d799:3ba 1d79a:3bb 1d79b:3bc 1d79c:3bd
    1d79d:3be 1d79e:3bf 1d79f:3c0 1d7a0:3c1 1d7a1:3b8 1d7a2:3c3 1d7a3:3c4
    1d7a4:3c5 1d7a5:3c6 1d7a6:3c7 1d7a7:3c8 1d7a8:3c9 1d7bb:3c3
""".split()))


def map_table_b3(code):
    """B.3: case folding without normalization."""
    mapped = b3_exceptions.get(ord(code))
    if mapped is not None:
        return mapped
    return code.lower()


def map_table_b2(a):
    """B.2: case folding for use with NFKC."""
    folded = map_table_b3(a)
    b = _normalize("NFKC", folded)
    again = u"".join([map_table_b3(ch) for ch in b])
    c = _normalize("NFKC", again)
    return c if b != c else folded


def in_table_c11(code):
    """C.1.1: ASCII space."""
    return code == u" "


def in_table_c12(code):
    """C.1.2: non-ASCII spaces."""
    return _category(code) == "Zs" and code != u" "


def in_table_c11_c12(code):
    return _category(code) == "Zs"


def in_table_c21(code):
    """C.2.1: ASCII control characters."""
    return ord(code) < 128 and _category(code) == "Cc"


c22_specials = _parse_ranges("6dd 70f 180e 200c-200d 2028-2029 2060-2063 206a-206f feff fff9-fffc 1d173-1d17a")


def in_table_c22(code):
    """C.2.2: non-ASCII control characters."""
    c = ord(code)
    if c < 128:
        return False
    return _category(code) == "Cc" or c in c22_specials


def in_table_c21_c22(code):
    return _category(code) == "Cc" or ord(code) in c22_specials


def in_table_c3(code):
    """C.3: private use."""
    return _category(code) == "Co"


def in_table_c4(code):
    """C.4: noncharacter code points."""
    c = ord(code)
    if c < 0xFDD0:
        return False
    if c < 0xFDF0:
        return True
    return (c & 0xFFFF) in (0xFFFE, 0xFFFF)


def in_table_c5(code):
    """C.5: surrogate codes."""
    return _category(code) == "Cs"


c6_set = _parse_ranges("fff9-fffd")


def in_table_c6(code):
    """C.6: inappropriate for plain text."""
    return ord(code) in c6_set


c7_set = _parse_ranges("2ff0-2ffb")


def in_table_c7(code):
    """C.7: inappropriate for canonical representation."""
    return ord(code) in c7_set


c8_set = _parse_ranges("340-341 200e-200f 202a-202e 206a-206f")


def in_table_c8(code):
    """C.8: change display properties or deprecated."""
    return ord(code) in c8_set


c9_set = _parse_ranges("e0001 e0020-e007f")


def in_table_c9(code):
    """C.9: tagging characters."""
    return ord(code) in c9_set


def in_table_d1(code):
    """D.1: characters with bidirectional property R or AL."""
    return _bidi(code) in ("R", "AL")


def in_table_d2(code):
    """D.2: characters with bidirectional property L."""
    return _bidi(code) == "L"
