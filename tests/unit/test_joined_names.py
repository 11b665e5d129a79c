"""Two adjacent pieces of one name joined by ``kg.adjacent``, typed by ``_joined_type``: a first name
the recovery guessed a place only because a small town of the gazetteer is called so, before NER's
person, makes the person ("Taras" + "Kachka"); a big city or a country keeps its type ("Paris" +
"Hilton" stays NER's reading for the pair to the merge rules), and so does a place NER typed."""

from __future__ import annotations

from kg.adjacent import _joined_type
from kg.model import Mention
from kg.truecase import english_lexicon


def _pair(first: str, origin: str = "recovered") -> tuple[Mention, Mention]:
    a = Mention("t", 0, len(first), first, "GPE", 0, 40, origin=origin)
    b = Mention("t", len(first) + 1, len(first) + 7, "Kachka", "PERSON", 0, 40)
    return a, b


def test_a_first_name_guessed_a_small_town_before_a_person_is_the_persons():
    assert _joined_type(*_pair("Taras"), english_lexicon()) == "PERSON"
    assert _joined_type(*_pair("Paris"), english_lexicon()) == "GPE"  # a big city
    assert _joined_type(*_pair("Taras", origin="ner"), english_lexicon()) == "GPE"  # NER's own place
