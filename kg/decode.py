"""Bytes to text: reading only regular files, and decoding whatever encoding they are in.

A path that is not a regular file (FIFO, device, socket, a symlink to ``/dev/zero``) is refused
from its ``stat`` before it is opened, so nothing can block in ``open()`` or stream forever.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import unicodedata
from typing import BinaryIO

from kg.errors import UnreadableFile

__all__ = ["UnreadableFile", "decode_bytes", "read_text_file", "open_regular", "os_reason"]


def os_reason(exc: OSError) -> str:
    """A short reason for a failed read: ``symlink loop``, ``permission denied``…"""
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:  # it was listed, so it is a dangling link (or just deleted)
        return "not a regular file (dangling symlink or deleted)"
    return f"cannot read: {exc.strerror or exc}"


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading; anything else is refused before it is opened.

    ``stat`` follows symlinks, so a link to a device is judged by its target. The open itself is
    non-blocking and re-checked with ``fstat`` in case the path was swapped in between.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise UnreadableFile("not a regular file")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise UnreadableFile(os_reason(exc)) from None
    handle = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        handle.close()
        raise UnreadableFile("not a regular file")
    return handle


_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F}
_BINARY_RATIO = 0.10
_SAMPLE = 1 << 16
_UTF16_ZEROS = 0.6  # share of zero high bytes that marks BOM-less UTF-16


#: Every byte but the control bytes: deleting them leaves the control bytes to count, in C
#: (a Python loop over each byte took 0.04-0.07 s of every build of the 300 stories).
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive, PDF stream… not text."""
    sample = raw[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > _BINARY_RATIO * len(sample)


def _mostly_unprintable(text: str) -> bool:
    """After a fallback decode: replacement, control and unassigned characters dominate."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    bad = sum(
        1 for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in {"Cc", "Cn", "Co", "Cs"} and ch not in "\t\n\r\f")
    )
    return bad > _BINARY_RATIO * len(sample)


def _decode_legacy(raw: bytes) -> str:
    """Decode bytes that are not UTF-8.

    charset-normalizer ranks candidates, but on short Western text it cannot tell cp1252 from
    its siblings (it reads ``café – naïve`` as cp1125). English corpora are far more often
    cp1252 than anything else, so cp1252 wins whenever it is among the least chaotic candidates.
    """
    from charset_normalizer import from_bytes  # here: UTF-8 corpora never need it (0.03-0.05 s to import)

    matches = list(from_bytes(raw))
    if matches:
        least = min(m.chaos for m in matches)
        best = [m for m in matches if m.chaos <= least + 1e-9]
        if any("cp1252" in m.could_be_from_charset for m in best):
            try:
                return raw.decode("cp1252")
            except UnicodeDecodeError:
                pass
        return str(best[0])
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, recognised by its zero bytes: in Latin-script
    text every other byte is 0 (the odd ones for little-endian, the even ones for big-endian)."""
    sample = raw[:_SAMPLE]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    pairs = len(sample) // 2
    zero_even = sample[0:2 * pairs:2].count(0) / pairs
    zero_odd = sample[1:2 * pairs:2].count(0) / pairs
    for encoding, high, low in (("utf-16-le", zero_odd, zero_even), ("utf-16-be", zero_even, zero_odd)):
        if high >= _UTF16_ZEROS and low <= _BINARY_RATIO:
            try:
                text = raw[:len(raw) - len(raw) % 2].decode(encoding)
            except UnicodeDecodeError:
                return None
            return None if _mostly_unprintable(text) else text
    return None


def decode_bytes(raw: bytes) -> str:
    """Bytes -> str: BOM (UTF-8/16/32), UTF-16 without BOM, strict UTF-8, then a legacy-encoding guess.

    Raises ``UnreadableFile("binary file")`` for data that is not text.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"invalid {encoding} after byte-order mark: {exc.reason}") from None
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    if _looks_binary(raw):
        raise UnreadableFile("binary file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _decode_legacy(raw)
    if _mostly_unprintable(text):
        raise UnreadableFile("binary file")
    return text


def read_text_file(path: str | os.PathLike[str]) -> str:
    """Read a regular file as text, whatever its encoding; the BOM is removed, nothing else is changed.

    Raises ``UnreadableFile`` for binary, unreadable or non-regular files (the reason says which).
    """
    with open_regular(path) as handle:
        try:
            raw = handle.read()
        except OSError as exc:
            raise UnreadableFile(os_reason(exc)) from None
    return decode_bytes(raw)
