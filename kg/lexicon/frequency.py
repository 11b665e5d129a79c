"""How common is an English word? wordfreq's English word frequencies (Zipf scale).

The WordNet lexicon (``kg.lexicon.english``) says whether a word is English but holds proper
nouns too ("savoy", "annapolis", "habsburgs"); how often the word is written in English text
separates everyday words ("state", "board", "order": 5 and more on the Zipf scale, once in
100,000 words or oftener) from rare ones that a capital more likely makes a name.

wordfreq folds case, so frequency alone cannot tell "London" from "Music": callers combine it
with evidence in the document (``kg.junk``). The package's small English list (words seen once
in a million or oftener) is read straight from the wheel, and kept between processes
(:mod:`kg.stored`): importing ``wordfreq`` itself costs ~0.8 s (its language-code tables), the
list ~0.05 s, the kept table ~0.01 s. No download.
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

from kg.stored import table

#: A word this common (Zipf scale: 4 = ten times in a million words) is an everyday English word.
COMMON_ZIPF = 4.0


@lru_cache(maxsize=1)
def _zipf_table() -> dict[str, float]:
    """word -> Zipf frequency, from wordfreq's ``small_en`` cBpack (the index of a word's list is
    minus its frequency in centibels: Zipf = 9 - index / 100). Empty if wordfreq is missing or
    its list cannot be read. Kept between processes (:mod:`kg.stored`): decoding the gzipped
    msgpack took 0.05-0.08 s of every process that parses, reading the kept table 0.01 s."""
    if _wordfreq_folder() is None or importlib.util.find_spec("msgpack") is None:
        return {}
    try:
        return _read_zipf_table()
    except (OSError, ValueError):
        return {}


def _wordfreq_folder() -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@table("zipf-en", ("wordfreq", "msgpack"))
def _read_zipf_table() -> dict[str, float]:
    """The table itself; raises (and nothing is kept) if the list cannot be read."""
    import msgpack

    folder = _wordfreq_folder()
    if folder is None:
        raise ValueError("wordfreq is gone")
    with gzip.open(folder / "data" / "small_en.msgpack.gz", "rb") as fh:
        pack = msgpack.load(fh, raw=False)
    header, lists = pack[0], pack[1:]
    if header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"an unknown wordfreq list format: {header!r}")
    table: dict[str, float] = {}
    for index, words in enumerate(lists):
        for word in words:
            table.setdefault(word, round(9 - index / 100, 2))
    return table


def zipf(word: str) -> float:
    """The Zipf frequency of a word, case folded (0.0 for a word seen less than once in a million).

    >>> zipf("Board") > 5 > zipf("Savoy")
    True
    """
    return _zipf_table().get(word.lower(), 0.0)


def common_word(word: str) -> bool:
    """An everyday English word ("State", "Board", "Music"), whatever its case in the text."""
    return zipf(word) >= COMMON_ZIPF
