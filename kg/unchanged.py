"""A rebuild that changes nothing stops before resolution: its outputs are already on disk.

Why: a one-shot ``kg build`` over an unchanged corpus used to read every cached result,
resolve, build the graph and run the six writers (3-4 s of CPU at 300 stories, 12 % of a cold
build), only for every writer to find the bytes it made equal to the file there. Each build
into an output folder with a cache leaves ``.kg-cache/last-outputs.json``: what it read and
what it wrote. The next build stops after reading and hashing its documents when all of these
are what that build had:

- **the documents**: each one's cache key (its id, text, title, date, and the extraction's
  fingerprint: kg's version, the extraction code, the model, spaCy's and thinc's versions, the
  alias packs) and its source path, in order;
- **the code and the libraries**: the size and modification time of every file of the kg
  package (resolution, the graph and the writers too, not only extraction), the Python version
  and the modification time of every folder on ``sys.path`` (installing, upgrading or removing a
  library changes its ``site-packages`` folder);
- **the options** that shape the outputs: the formats, the title, ``raw_csv``;
- **the outputs**: each file's size, inode, modification and status-change times (``st_ctime``,
  which no user tool can set back: any write, rename or ``touch -r`` moves it), so an output the
  user edited, replaced or removed is written again. Checking them reads no file (hashing every
  output read hundreds of megabytes at 50,000 documents, twice a build: to check and to record).
  On a filesystem whose times have whole seconds only (an edit in the second of the build could
  keep all four), the file's SHA-256 is recorded and checked too.

Anything else gives a full build, which writes a new record once its outputs are in place (and
drops the old one before it writes, so a failed build leaves none). The outputs are therefore
the bytes that build wrote, which are the bytes a full build of the same inputs writes (tested in
tests/e2e/test_rebuild.py and tests/e2e/test_incremental.py, including the cases that must not
stop: a changed document, a deleted one, an option, the code, an edited or a removed output).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.model import Document

if TYPE_CHECKING:
    from kg.sources_memo import Known

#: The record in the cache folder.
RECORD = "last-outputs.json"
_FORMAT = 2


class Inputs:
    """Wraps the build's documents: digests each one's cache key and source as they pass."""

    def __init__(self, documents: Iterable[Document | Known], fingerprint: str) -> None:
        self._documents = documents
        self._fingerprint = fingerprint
        self._digest = hashlib.sha256()
        self.count = 0
        self.done = False

    def __iter__(self) -> Iterator[Document | Known]:
        from kg.sources_memo import key_of

        for doc in self._documents:
            self._digest.update(f"{key_of(doc, self._fingerprint)}\0{doc.source or ''}\n".encode())
            self.count += 1
            yield doc
        self.done = True

    def digest(self) -> str | None:
        """The digest of every document read, or None if the documents were not all read."""
        return self._digest.hexdigest() if self.done else None


def state_key(fingerprint: str, formats: Iterable[str], title: str | None, raw_csv: bool) -> str:
    """Everything besides the documents that shapes the outputs (see the module's docstring)."""
    from kg.cache import _tree_stamp

    package = Path(__file__).parent
    folders = []
    for entry in sys.path:  # the libraries' folders (not the current one, which the build may write to)
        if os.path.basename(entry.rstrip(os.sep)) in ("site-packages", "dist-packages"):
            try:
                folders.append(f"{entry}={os.stat(entry).st_mtime_ns}")
            except OSError:
                folders.append(f"{entry}=-")
    parts = [str(_FORMAT), fingerprint, _tree_stamp(package, "kg"), sys.version, "\0".join(folders),
             ",".join(sorted(set(formats))), title or "", str(bool(raw_csv))]
    return hashlib.sha256("\0\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _outputs(files: Iterable[Path]) -> dict[str, list] | None:
    """Each output's size and stamp (see the module's docstring); None if one is missing or not a
    plain file."""
    seen: dict[str, list] = {}
    for path in files:
        try:
            st = path.lstat()
            if not path.is_file() or path.is_symlink():
                return None
            coarse = st.st_mtime_ns % 1_000_000_000 == 0 and st.st_ctime_ns % 1_000_000_000 == 0
            seen[path.name] = [st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns,
                               _file_digest(path) if coarse else ""]
        except OSError:
            return None
    return seen


class Shortcut:
    """What a build needs to decide, once its documents are read, whether it can stop there."""

    def __init__(self, output_dir: Path, files: list[Path], state: str, inputs: Inputs, announce: bool) -> None:
        from kg.cache import CACHE_DIRNAME

        self.folder = output_dir / CACHE_DIRNAME
        self.files = files
        self.state = state
        self.inputs = inputs
        self.announce = announce  # the build's caller hears every document's result all the same
        self.hit = False

    @classmethod
    def of(cls, documents: Iterable[Document], fingerprint: str, output_dir: Path, formats: Iterable[str],
           title: str | None, raw_csv: bool, announce: bool) -> Shortcut:
        """The shortcut of a build of ``documents`` (read through its ``inputs``) with these options."""
        from kg.export import FORMATS

        formats = list(formats)
        return cls(output_dir, [output_dir / FORMATS[f].file for f in formats if f in FORMATS],
                   state_key(fingerprint, formats, title, raw_csv), Inputs(documents, fingerprint), announce)

    def take(self) -> bool:
        """True (and ``hit``) if nothing changed since the last build: the outputs are kept."""
        digest = self.inputs.digest()
        self.hit = digest is not None and unchanged(self.folder, self.files, self.state, digest, self.inputs.count)
        return self.hit

    def forget(self) -> None:
        forget(self.folder)

    def remember(self, documents: int) -> None:
        remember(self.folder, self.files, self.state, self.inputs.digest(), documents)


def unchanged(cache_folder: Path, files: list[Path], state: str, inputs: str, documents: int) -> bool:
    """True if the last build into this folder read ``inputs`` under ``state`` and its outputs
    ``files`` are still the bytes it wrote."""
    try:
        kept = json.loads((cache_folder / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(kept, dict) or kept.get("state") != state or kept.get("inputs") != inputs \
            or kept.get("documents") != documents:
        return False
    names = kept.get("outputs")
    if not isinstance(names, dict) or sorted(names) != sorted(p.name for p in files):
        return False
    # sizes first: an output of another size fails without reading any file
    for path in files:
        try:
            if path.stat().st_size != names[path.name][0]:
                return False
        except (OSError, TypeError, IndexError):
            return False
    return _outputs(files) == names


def forget(cache_folder: Path) -> None:
    """Drop the record before a build writes its outputs: a build that fails leaves none."""
    try:
        (cache_folder / RECORD).unlink(missing_ok=True)
    except OSError:
        pass


def remember(cache_folder: Path, files: list[Path], state: str, inputs: str | None, documents: int) -> None:
    """Record what this build read and wrote (nothing if its documents were not all digested)."""
    if inputs is None:
        return
    outputs = _outputs(files)
    if outputs is None:
        return
    from kg.export.atomic import write_text_atomic

    try:
        write_text_atomic(cache_folder / RECORD, json.dumps(
            {"state": state, "inputs": inputs, "documents": documents, "outputs": outputs}, sort_keys=True))
    except OSError:  # only the shortcut is lost
        pass
