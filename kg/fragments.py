"""Fragments of longer names dropped, or kept as the longer name referred back to.

A lone capitalised English word that is also a word of a longer name in the same document is a
piece of that name ("Station", "System") or that name referred back to ("the Party" beside
"Labour Party"): :func:`drop_fragments` runs once a document's mentions are all found
(``kg.entities.extract_mentions``), before names are propagated.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon.countries import country_names
from kg.lexicon.english import in_lexicon
from kg.lexicon.names import name_head, numbers as name_numbers
from kg.lexicon.words import DETERMINERS

if TYPE_CHECKING:
    from kg.entities import _Found


def drop_fragments(found: _Found) -> None:
    """A lone capitalised English word that is also a word of a longer name in the document is
    that name referred back to ("the Party" beside "Labour Party", "the River" beside "Rogue
    River") or cut short ("Station", "System"): no node of its own. It goes when it follows a
    determiner somewhere, or ends the longer name (not a place: "Europe" of "Eastern Europe").
    People's, places' and peoples' names keep their short forms ("Bush", "Washington"); so do
    first words ("Google" of "Google Maps"). Written after a determiner and after the one longer
    name it heads (``name_head``: "the House" after "House of Representatives", "the Navy" after
    "United States Navy"), and no number in that name ("the Congress" beside "Thirty-first
    Congress" may be another), nor kept as a name of its own elsewhere in the document (a people,
    "Anglican"), it stays as that name's short form, ``origin`` ``back``: the rule ``refers_back``
    (``kg.merge_org``) joins it to that name, in its document only."""
    words_of, heads = set(), set()
    named: dict[str, dict[str, int]] = {}  # a head word -> the longer names it heads, and where each is first
    for m in found.mentions:
        words = (m.form or m.text).lower().split()
        if len(words) > 1 and m.type != "PERSON":
            words_of.update(words)
            heads.add(words[-1])
            full = " ".join(words[1:] if words[0] == "the" else words)
            first = named.setdefault(name_head(full.split()), {})
            first[full] = min(first.get(full, m.start), m.start)
    after_determiner = {(m.form or m.text).lower() for m in found.mentions
                        if m.start and _word_before(found.original, m.start) in DETERMINERS}
    dropped, back = set(), set()
    for k, m in enumerate(found.mentions):
        word = (m.form or m.text).lower()
        if m.origin != "pack" and m.type not in _SHORT_FORM_TYPES and " " not in word \
                and word in words_of and in_lexicon(word, found.lexicon) and word not in country_names() \
                and (word in after_determiner or (word in heads and m.type != "LOC")):
            fits = named.get(word, {})
            (back if word in after_determiner and len(fits) == 1 and all(
                start < m.start and not name_numbers(full) for full, start in fits.items()) else dropped).add(k)
    gone = dropped | back
    own = {(m.form or m.text).lower() for k, m in enumerate(found.mentions) if k not in gone}
    found.mentions = [replace(m, origin="back") if k in back else m for k, m in enumerate(found.mentions)
                      if k not in dropped and not (k in back and (m.form or m.text).lower() in own)]  # "Anglican" a people here


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _word_before(text: str, start: int) -> str:
    """The word right before offset ``start`` on its line, lower-cased ("" if none)."""
    match = _WORD_BEFORE.search(text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


#: Types whose one-word short forms are names of their own ("Bush", "Washington", "French").
_SHORT_FORM_TYPES = frozenset({"PERSON", "GPE", "NORP"})
