"""A direction from a place written after a name: "Boonah south-west of Brisbane", "Wollongong
Hospital, south of Sydney", "Pasłęk, east of Elbląg". News and gazetteer prose place a town or a
site so; ``kg.entity_types`` reads it as evidence that the name is a place, and the
``direction`` relation row (``kg.relations.place_chains.direction_of``) states it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.lexicon.words import COMPASS_WORDS

_JOINED = COMPASS_WORDS | {w.replace("-", "") for w in COMPASS_WORDS}


def direction_after(doc: Doc, i: int, *, comma: bool = True) -> tuple[str, int] | None:
    """The direction written from token ``i`` on ("[,] south-west of"), as its words ("south-west
    of"), and the index of the token after "of"; None when there is none. ``comma``: a comma may
    come first ("Wollongong Hospital, south of Sydney").

    Only the direction itself: "south of" after a comma or right after the name. "the north of
    Sydney" (a region of the place) and "south to Sydney" (a route) are not read.
    """
    if comma and i < len(doc) and doc[i].text == ",":
        i += 1
    words: list[str] = []
    while i < len(doc) and len(words) < 3 and (doc[i].lower_ in COMPASS_WORDS or (words and doc[i].text == "-")):
        words.append(doc[i].lower_)
        i += 1
    if not words or "".join(words) not in _JOINED or i >= len(doc) - 1 or doc[i].lower_ != "of":
        return None
    return "".join(words) + " of", i + 1
