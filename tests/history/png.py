"""A small PNG reader for the screenshot tests: size, and the pixels of 8-bit RGB/RGBA images.

Only what Chromium writes is supported (8 bits per channel, no interlacing). Rows filtered with
Sub or Up are undone with whole-row operations; Average and Paeth need a loop per byte.
"""

from __future__ import annotations

import struct
import zlib
from itertools import accumulate
from pathlib import Path

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    if data[:8] != SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError(f"{path}: not a PNG file")
    return struct.unpack(">II", data[16:24])


def _chunks(data: bytes):
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        yield data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length


def rows(path: Path) -> tuple[int, int, int, list[bytes]]:
    """(width, height, bytes per pixel, unfiltered rows)."""
    data = path.read_bytes()
    if data[:8] != SIGNATURE:
        raise ValueError(f"{path}: not a PNG file")
    idat = []
    for kind, body in _chunks(data):
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError(f"{path}: only 8-bit RGB/RGBA, non-interlaced PNGs are read here")
        elif kind == b"IDAT":
            idat.append(body)
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    raw = zlib.decompress(b"".join(idat))
    out: list[bytes] = []
    prev = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], raw[start + 1 : start + 1 + stride]
        if kind == 0:
            row = line
        elif kind == 1:
            cur = bytearray(line)
            for ch in range(bpp):
                cur[ch::bpp] = bytes(v & 255 for v in accumulate(line[ch::bpp]))
            row = bytes(cur)
        elif kind == 2:
            row = bytes((a + b) & 255 for a, b in zip(line, prev, strict=True))
        else:
            row = _slow(kind, line, prev, bpp)
        out.append(row)
        prev = row
    return width, height, bpp, out


def _slow(kind: int, line: bytes, prev: bytes, bpp: int) -> bytes:
    cur = bytearray(line)
    for i in range(len(cur)):
        a = cur[i - bpp] if i >= bpp else 0
        b = prev[i]
        if kind == 3:
            cur[i] = (cur[i] + ((a + b) >> 1)) & 255
            continue
        c = prev[i - bpp] if i >= bpp else 0
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return bytes(cur)


def colour_counts(path: Path, every: int = 1) -> dict[bytes, int]:
    """How many pixels have each colour (RGB), looking at every `every`-th row."""
    width, _, bpp, unfiltered = rows(path)
    counts: dict[bytes, int] = {}
    for row in unfiltered[::every]:
        for x in range(0, width * bpp, bpp):
            pixel = row[x : x + 3]
            counts[pixel] = counts.get(pixel, 0) + 1
    return counts
