#!/usr/bin/env python3
"""Packs icon frames into one .ico: pack-ico.py OUT.ico FRAME...

A frame is a PNG file (stored as is: Windows Vista and later read PNG frames
of any size) or a one-frame .ico written by ImageMagick (its 32-bit BMP frame
is copied). Frames are written in the order given."""
import struct
import sys


def frame_of(path):
    data = open(path, 'rb').read()
    if data[:8] == b'\x89PNG\r\n\x1a\n':
        w, h = struct.unpack('>II', data[16:24])
        return w, h, data
    count = struct.unpack_from('<HHH', data, 0)[2]
    if count != 1:
        sys.exit(f'{path}: expected one frame, found {count}')
    w, h, _, _, _, _, size, off = struct.unpack_from('<BBBBHHII', data, 6)
    return w or 256, h or 256, data[off:off + size]


def main():
    out, paths = sys.argv[1], sys.argv[2:]
    frames = [frame_of(p) for p in paths]
    head = struct.pack('<HHH', 0, 1, len(frames))
    offset = 6 + 16 * len(frames)
    entries, blobs = b'', b''
    for w, h, blob in frames:
        # width and height 256 are written as 0; 32 bits per pixel, no palette
        entries += struct.pack('<BBBBHHII', w % 256, h % 256, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    with open(out, 'wb') as f:
        f.write(head + entries + blobs)


main()
