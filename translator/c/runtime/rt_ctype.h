/* Byte character classes with Python 3 str semantics (see rt_ctype.c). */
#ifndef RT_CTYPE_H
#define RT_CTYPE_H
#include <stdint.h>

enum { RT_CT_SPACE = 1, RT_CT_ALPHA = 2, RT_CT_DIGIT = 4, RT_CT_ALNUM = 8 };
extern const uint8_t rt_ctype[256];
extern const unsigned char rt_tolower[256];
extern const unsigned char rt_toupper[256];

#define RT_ISSPACE(c) (rt_ctype[(unsigned char)(c)] & RT_CT_SPACE)
#define RT_ISALPHA(c) (rt_ctype[(unsigned char)(c)] & RT_CT_ALPHA)
#define RT_ISDIGIT(c) (rt_ctype[(unsigned char)(c)] & RT_CT_DIGIT)
#define RT_ISALNUM(c) (rt_ctype[(unsigned char)(c)] & RT_CT_ALNUM)
#endif
