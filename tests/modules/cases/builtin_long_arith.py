# long arithmetic through the C digit loops: signs, sizes around the 30-bit
# digit and the Karatsuba cutoff, floor division, shifts, modular pow
x = 3 ** 200
y = 7 ** 90 + 12345
for a in (x, -x, y, -y, 10 ** 30, 2 ** 64 - 1, 2 ** 60, -(2 ** 90)):
    for b in (y, -y, 10 ** 18, 7, -7, 2 ** 30, 2 ** 31 - 1, 3 ** 40, 2 ** 60 + 1):
        print a * b, a // b, a % b, a + b, a - b, divmod(a, b)
    print a >> 1, a >> 31, a >> 200, a << 5, a << 100, str(a), hex(a)
big1 = 7 ** 3000
big2 = 11 ** 1700 + 3
print (big1 * big2) % (10 ** 40), (big1 // big2) % (10 ** 40), big1 % big2 % (10 ** 40)
print (-big1 // big2) % 1000, (big1 // -big2) % 1000, (-big1) % big2 % 1000
print pow(3, 1000, 10 ** 20 + 39), pow(2 ** 521 - 1, 65537, 2 ** 607 - 1), pow(-5, 77, 10 ** 9 + 7)
f = 1
for i in range(1, 400):
    f *= i
print f % (10 ** 9 + 7), str(f)[:60], len(str(f))
print (10 ** 400) // (10 ** 200 + 1), (10 ** 400) % (3 ** 300)
print 12345678901234567890 // 10 ** 10, -12345678901234567890 // 10 ** 10, (2 ** 64) // (2 ** 32 + 1)
q, r, t = 1, 0, 1
for k in range(1, 200):
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
print (3 * q + r) // t, (4 * q + r) // t, len(str(t))
