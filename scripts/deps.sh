#!/bin/bash
# Installs the Debian 12 packages that building, running and testing need.
# Fast when everything is there (dpkg query only); as root, apt-get otherwise.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git ca-certificates
  gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev
  wine wine64 nsis
  xvfb xdotool xclip x11-utils imagemagick
  libcmocka-dev libmpfr-dev zlib1g-dev python3 python3-mpmath zopfli
  dpkg-dev clang libclang-rt-14-dev locales
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# A package can be installed while a tool of it is gone (a link removed by hand,
# a half-finished upgrade): each tool the build calls, and the package to
# reinstall when it is missing. The mingw compiler is a Debian alternative.
TOOLS=(
  cmake:cmake x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64-win32
  x86_64-w64-mingw32-ar:binutils-mingw-w64-x86-64 x86_64-w64-mingw32-windres:binutils-mingw-w64-x86-64
  x86_64-w64-mingw32-objdump:binutils-mingw-w64-x86-64 wine:wine makensis:nsis Xvfb:xvfb
  xdotool:xdotool xclip:xclip convert:imagemagick python3:python3 clang:clang zopfli:zopfli
)
broken=()
for t in "${TOOLS[@]}"; do
  if ! command -v "${t%%:*}" >/dev/null 2>&1; then
    broken+=("${t#*:}")
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

if [ ${#missing[@]} -eq 0 ] && [ ${#broken[@]} -eq 0 ] && [ $need_src -eq 0 ] && [ $need_locale -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "deps: missing packages or tools (${missing[*]:-} ${broken[*]:-} deb-src/locale); run as root" >&2
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
if [ ${#broken[@]} -gt 0 ]; then
  echo "deps: reinstalling ${broken[*]} (a tool is missing)" >&2
  export DEBIAN_FRONTEND=noninteractive
  update-alternatives --auto x86_64-w64-mingw32-gcc >/dev/null 2>&1 || true
  still=()
  for t in "${TOOLS[@]}"; do
    command -v "${t%%:*}" >/dev/null 2>&1 || still+=("${t#*:}")
  done
  if [ ${#still[@]} -gt 0 ]; then
    apt-get install -y -qq --no-install-recommends --reinstall $(printf '%s\n' "${still[@]}" | sort -u) >/dev/null ||
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends --reinstall $(printf '%s\n' "${still[@]}" | sort -u) >/dev/null; }
  fi
fi
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  localedef -i fr_FR -f UTF-8 fr_FR.UTF-8
fi
