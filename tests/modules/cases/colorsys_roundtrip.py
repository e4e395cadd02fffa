import colorsys
cols = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
        (0.0, 0.0, 1.0), (0.2, 0.4, 0.6), (0.9, 0.1, 0.5), (0.5, 0.5, 0.1)]
for c in cols:
    hls = colorsys.rgb_to_hls(*c)
    hsv = colorsys.rgb_to_hsv(*c)
    yiq = colorsys.rgb_to_yiq(*c)
    print c, ['%.6f' % x for x in hls], ['%.6f' % x for x in hsv], ['%.6f' % x for x in yiq]
    print ['%.6f' % x for x in colorsys.hls_to_rgb(*hls)], ['%.6f' % x for x in colorsys.hsv_to_rgb(*hsv)], ['%.6f' % x for x in colorsys.yiq_to_rgb(*yiq)]
for h in (0.0, 0.1, 0.3, 0.5, 0.7, 0.95, 1.0):
    print h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.7), colorsys.hls_to_rgb(h, 0.8, 0.4)
print colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.0)
print colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD
