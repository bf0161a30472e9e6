#!/usr/bin/env python3
"""Packs the window's strings, dialogs and menus into one compressed resource.

Usage: pack_resources.py IN.res OUT.res RESPACK_H

IN.res is what windres makes of res/calculatrice.rc. Every RT_STRING, RT_DIALOG
and RT_MENU resource (all languages) moves, byte for byte, into one RT_RCDATA
resource whose id is RESPACK_RCDATA_ID of src/win32/respack.h (which reads it);
the other resources (icon, version, manifest) are copied as they are.

Blob layout (little-endian), as src/win32/respack.c reads it:
  "RPK1", u32 entry count, u32 unpacked size, then raw DEFLATE of
  [count x (u16 type, u16 id, u16 language, u16 0, u32 offset, u32 size)]
  followed by the resources' bytes, each at a 4-byte aligned offset
  (offsets count from the end of the index).
The DEFLATE stream is zopfli's (Debian package zopfli, which scripts/deps.sh
installs: 9 % smaller than zlib's best, 12,666 -> 11,481 bytes), or zlib's at
level 9 when zopfli is not there (the exe is then about 1 KB bigger).
The output is decompressed again and compared with the input before it is
written: the pack never drops or changes a resource silently.
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

RT_MENU, RT_DIALOG, RT_STRING, RT_RCDATA = 4, 5, 6, 10
PACKED = (RT_STRING, RT_DIALOG, RT_MENU)
MAGIC = b"RPK1"
ENTRY = struct.Struct("<HHHHII")


def read_name(data, pos):
    """A type or name field: 0xFFFF + ordinal, or a NUL-terminated UTF-16 string."""
    (first,) = struct.unpack_from("<H", data, pos)
    if first == 0xFFFF:
        return struct.unpack_from("<H", data, pos + 2)[0], pos + 4
    end = pos
    while struct.unpack_from("<H", data, end)[0] != 0:
        end += 2
    return data[pos:end].decode("utf-16-le"), end + 2


def read_res(data):
    """The entries of a .res file: (type, name, language, header bytes, data bytes)."""
    entries, pos = [], 0
    while pos + 8 <= len(data):
        size, header_size = struct.unpack_from("<II", data, pos)
        rtype, p = read_name(data, pos + 8)
        name, p = read_name(data, p)
        p = (p + 3) & ~3
        _version, _flags, lang = struct.unpack_from("<IHH", data, p)
        header = data[pos:pos + header_size]
        body = data[pos + header_size:pos + header_size + size]
        if len(body) != size:
            sys.exit("pack_resources: truncated resource file")
        entries.append((rtype, name, lang, header, body))
        pos = (pos + header_size + size + 3) & ~3
    return entries


def res_entry(rtype, name, lang, body, flags=0x30):
    """One .res entry with ordinal type and name (flags: MOVEABLE | PURE)."""
    header = struct.pack("<IIHHHHIHHII", len(body), 32, 0xFFFF, rtype, 0xFFFF, name, 0, flags, lang, 0, 0)
    return header + body + b"\0" * (-len(body) % 4)


def pack(entries):
    index, data = [], bytearray()
    for rtype, name, lang, _header, body in entries:
        if not isinstance(name, int):
            sys.exit(f"pack_resources: resource {name!r} of type {rtype} has a string name; use a number")
        index.append(ENTRY.pack(rtype, name, lang, 0, len(data), len(body)))
        data += body + b"\0" * (-len(body) % 4)
    unpacked = b"".join(index) + bytes(data)
    return MAGIC + struct.pack("<II", len(entries), len(unpacked)) + deflate(unpacked)


def deflate(data):
    """Raw DEFLATE of data: zopfli's if the zopfli program is there, else zlib's."""
    zopfli = shutil.which("zopfli")
    if zopfli:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "pack")
            with open(path, "wb") as f:
                f.write(data)
            done = subprocess.run([zopfli, "--deflate", "--i100", "-c", path], stdout=subprocess.PIPE, check=True)
            return done.stdout
    print("pack_resources: zopfli not found, using zlib (about 1 KB bigger)")
    comp = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    return comp.compress(data) + comp.flush()


def unpack(blob):
    """The inverse of pack(), as respack.c does it: {(type, id, lang): bytes}."""
    if blob[:4] != MAGIC:
        raise ValueError("bad magic")
    count, size = struct.unpack_from("<II", blob, 4)
    raw = zlib.decompress(blob[12:], -15)
    if len(raw) != size:
        raise ValueError("unpacked size differs")
    base, out = count * ENTRY.size, {}
    for i in range(count):
        rtype, rid, lang, _pad, off, length = ENTRY.unpack_from(raw, i * ENTRY.size)
        out[(rtype, rid, lang)] = raw[base + off:base + off + length]
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, dst, header = sys.argv[1:]
    with open(header, encoding="utf-8") as f:
        m = re.search(r"#define\s+RESPACK_RCDATA_ID\s+(\d+)", f.read())
    if not m:
        sys.exit(f"pack_resources: no RESPACK_RCDATA_ID in {header}")
    blob_id = int(m.group(1))
    with open(src, "rb") as f:
        entries = read_res(f.read())
    moved = [e for e in entries if e[0] in PACKED]
    kept = [e for e in entries if e[0] not in PACKED]
    if any(e[0] == RT_RCDATA and e[1] == blob_id for e in kept):
        sys.exit(f"pack_resources: RCDATA {blob_id} already exists")
    blob = pack(moved)
    # Round trip: every moved resource comes back identical, and nothing else.
    back = unpack(blob)
    if len(back) != len(moved) or any(back.get((t, n, l)) != body for t, n, l, _h, body in moved):
        sys.exit("pack_resources: the packed resources do not unpack to the originals")
    out = bytearray()
    for rtype, name, lang, header_bytes, body in kept:
        out += header_bytes + body + b"\0" * (-len(body) % 4)
    out += res_entry(RT_RCDATA, blob_id, 0, blob)
    with open(dst, "wb") as f:
        f.write(out)
    before = sum(len(e[4]) for e in moved)
    print(f"pack_resources: {len(moved)} strings/dialogs/menus, {before} bytes -> {len(blob)} bytes")


if __name__ == "__main__":
    main()
