#!/bin/sh
# Draws the Calculatrice icon with ImageMagick and writes res/calculatrice.ico with
# the sizes Microsoft's icon guidelines ask of an app (16, 24, 32, 48, 256 px) and
# the small ones of the common 125 % and 200 % scales (20, 40, 64 px: title bar,
# taskbar), each a compressed 32-bit PNG frame (Windows Vista and later, and Wine,
# read PNG frames of any size; a 128 px BMP frame alone is 66 KB, its PNG 2.4 KB).
# Windows scales the 256 px frame down for 96 and 128 px (Explorer's views), which
# keeps 3 KB of the exe's 200 KB (issue 15).
# zopflipng (Debian package zopfli), when present, recompresses each frame
# losslessly (the 256 px one 5,133 -> 2,954 bytes).
# The .ico is committed; run this only to change the drawing:  sh res/icon/make-icon.sh
# Small sizes are drawn separately (fewer, bigger keys) so they stay legible.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../calculatrice.ico"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# draw SIZE COLS ROWS: a rounded blue body, a light display, a grid of keys, orange "=".
draw() {
  s=$1 cols=$2 rows=$3
  awk -v s="$s" -v cols="$cols" -v rows="$rows" 'BEGIN {
    m = s * 0.06; r = s * 0.14
    printf "fill #1f5fa8 stroke none roundrectangle %f,%f %f,%f %f,%f ", m, m, s - m - 1, s - m - 1, r, r
    dx = s * 0.16; dy = s * 0.15; dw = s - 2 * dx; dh = s * 0.2
    printf "fill #e8f1fb roundrectangle %f,%f %f,%f %f,%f ", dx, dy, dx + dw, dy + dh, s*0.03, s*0.03
    top = dy + dh + s * 0.07; bot = s - s * 0.15; gap = s * 0.045
    kw = (dw - (cols - 1) * gap) / cols; kh = (bot - top - (rows - 1) * gap) / rows
    for (j = 0; j < rows; j++) for (i = 0; i < cols; i++) {
      x = dx + i * (kw + gap); y = top + j * (kh + gap)
      c = (i == cols - 1 && j == rows - 1) ? "#f39c12" : (i == cols - 1 ? "#a9c8ec" : "#ffffff")
      printf "fill %s roundrectangle %f,%f %f,%f %f,%f ", c, x, y, x + kw, y + kh, s*0.02, s*0.02
    }
  }'
}

for size in 16 20 24 32 40 48 64 256; do
  if [ "$size" -le 24 ]; then grid="3 3"; elif [ "$size" -le 48 ]; then grid="4 3"; else grid="4 4"; fi
  big=$((size * 4))   # draw at 4x and shrink: smooth edges
  # shellcheck disable=SC2086
  convert -size "${big}x${big}" xc:none -draw "$(draw $big $grid)" \
          -resize "${size}x${size}" -depth 8 "PNG32:$tmp/icon-$size.png"
done
frames=""
for size in 16 20 24 32 40 48 64 256; do
    # at most 256 colours (the drawing has a few flat colours and their
    # antialiased edges: no visible change), then the smallest of zlib's
    # filters and strategies for this frame, still a 32-bit RGBA PNG
    convert "$tmp/icon-$size.png" +dither -colors 256 "PNG32:$tmp/icon-$size.png"
    best=""
    for filter in 0 1 2 3 4 5; do
      for strategy in 0 1 2 3; do
        convert "$tmp/icon-$size.png" -strip -define png:compression-level=9 -define png:compression-filter=$filter \
                -define png:compression-strategy=$strategy "PNG32:$tmp/try.png"
        if [ -z "$best" ] || [ "$(stat -c %s "$tmp/try.png")" -lt "$(stat -c %s "$best")" ]; then
          cp "$tmp/try.png" "$tmp/small-$size.png"
          best="$tmp/small-$size.png"
        fi
      done
    done
  if command -v zopflipng >/dev/null 2>&1; then
    # lossless; --lossy_transparent only changes the colour of fully transparent pixels
    zopflipng -y -m --lossy_transparent "$tmp/small-$size.png" "$tmp/z-$size.png" >/dev/null
    cp "$tmp/z-$size.png" "$tmp/small-$size.png"
  fi
  frames="$frames $tmp/small-$size.png"
done
# shellcheck disable=SC2086
python3 "$here/pack-ico.py" "$out" $frames
cp "$tmp/icon-256.png" "$here/calculatrice-256.png"
echo "wrote $out"
