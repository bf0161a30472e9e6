#!/bin/bash
# Installs the Debian 12 packages that building, running and testing need.
# Fast when everything is there (dpkg query only); as root, apt-get otherwise.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git ca-certificates
  gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev
  wine wine64 nsis
  xvfb xdotool xclip x11-utils imagemagick
  libcmocka-dev libmpfr-dev zlib1g-dev python3 python3-mpmath
  dpkg-dev clang libclang-rt-14-dev locales
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# cmocka for mingw is built from Debian's own source package: that needs deb-src.
SRC_LIST=/etc/apt/sources.list.d/calculatrice-debian-src.sources
need_src=0
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  need_src=1
fi

# The French UI tests run Wine with LANG=fr_FR.UTF-8: Wine takes the number
# format from the C library's locale, which must exist.
need_locale=0
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  need_locale=1
fi

if [ ${#missing[@]} -eq 0 ] && [ $need_src -eq 0 ] && [ $need_locale -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "deps: missing packages (${missing[*]:-deb-src}); run as root" >&2
  exit 1
fi
if [ $need_src -eq 1 ]; then
  cat > "$SRC_LIST" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
if [ ${#missing[@]} -gt 0 ] || [ $need_src -eq 1 ]; then
  echo "deps: installing ${missing[*]:-(none)}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  localedef -i fr_FR -f UTF-8 fr_FR.UTF-8
fi
