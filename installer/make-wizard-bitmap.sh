#!/bin/sh
# Draws the side picture of the welcome and finish pages (164 x 314, 24-bit BMP3, as
# Modern UI wants it) from the product icon: the icon on a light blue gradient.
# wizard.bmp is committed; run this only to change the drawing:  sh installer/make-wizard-bitmap.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
icon="$here/../res/icon/calculatrice-256.png"
convert -size 164x314 gradient:'#f7fafe'-'#c9dcf2' \
        \( "$icon" -resize 112x112 \) -gravity north -geometry +0+40 -composite \
        -type TrueColor -depth 8 "BMP3:$here/wizard.bmp"
echo "wrote $here/wizard.bmp"
