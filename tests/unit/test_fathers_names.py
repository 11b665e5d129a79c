"""A father's name written after "bin" inside his son's full name is no short form of the son's
(``kg.lexicon.names.short_of``, read by ``name_part``); a surname after "bin" alone is."""

from __future__ import annotations

from kg.model import Mention
from kg.resolve import resolve


def m(text: str, start: int = 0) -> Mention:
    return Mention(doc="d", start=start, end=start + len(text), text=text, type="PERSON", sent_start=start,
                   sent_end=start + 99)


def groups(*mentions: Mention) -> list[set[str]]:
    return [g for g in ({x.text for x in e.mentions} for e in resolve(list(mentions))) if len(g) > 1]


def test_a_fathers_name_after_bin_is_not_the_sons_short_name():
    assert groups(m("Mohammed bin Salman bin Abdulaziz Al Saud"), m("Salman bin Abdulaziz Al Saud", start=100)) == []


def test_a_surname_after_bin_is_still_the_persons():
    assert groups(m("Osama bin Laden"), m("bin Laden", start=100)) == [{"Osama bin Laden", "bin Laden"}]
