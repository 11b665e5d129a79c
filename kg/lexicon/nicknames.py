"""Nicknames of English given names ("Rudy" of "Rudolph", "Bill" of "William", "Liz" of
"Elizabeth"), from the ``nicknames`` package's hand-curated table (Apache-2.0; read from the
installed wheel, never downloaded; kept between processes, :mod:`kg.stored`).

News names one man "Rudolph Giuliani" in one story and "Rudy Giuliani" in the next; no spelling
rule joins the two, and a user's graph shows two people. The table is broad, though: it lists full
names as nicknames of others ("Lisa" of "Alice", "Ella" of "Helen", "Jack" of "Jacqueline"), and
two people of one surname with those names are two people. :func:`nickname_pair` keeps a pair
only when the nickname is the shorter word, not the name with one letter left out ("Jon" of
"John": a spelling), and either opens on the name's first letter ("Rudy", "Liz", "Mike") or is no
given name of its own (``kg.lexicon.given_names``: "Bill", "Bob", "Peggy"), and never a man's name
for a woman's or a woman's for a man's (``kg.lexicon.given_names.given_name_sex``: "Jack" is not
"Jacqueline")."""

from __future__ import annotations

from functools import lru_cache

from kg.lexicon.given_names import given_name, given_name_sex
from kg.stored import table


def _kept(name: str, nick: str) -> bool:
    """Whether the table's ``nick`` of ``name`` is kept (the module's guards)."""
    if len(nick) >= len(name) or not nick.isalpha() or not name.isalpha() or _one_letter_less(nick, name):
        return False
    sexes = {given_name_sex(name.capitalize()), given_name_sex(nick.capitalize())}
    if sexes == {"male", "female"}:
        return False
    return nick[0] == name[0] or not given_name(nick.capitalize())


def _one_letter_less(nick: str, name: str) -> bool:
    """``name`` with one letter left out: another spelling of a name ("Jon", "John"; "Ann",
    "Anne"), which kg's spelling rules compare (two people: ``kg.transliteration``), no nickname."""
    return len(nick) == len(name) - 1 and any(name[:i] + name[i + 1:] == nick for i in range(len(name)))


@table("nicknames", ("nicknames", "faker"))
def _read_pairs() -> list[str]:
    """Every kept pair as "name nick", lower-case, sorted."""
    from nicknames import name_triplets

    return sorted({f"{t.name1} {t.name2}" for t in name_triplets()
                   if t.relationship == "has_nickname" and _kept(t.name1, t.name2)})


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(p.split()) for p in _read_pairs())  # type: ignore[misc]


def nickname_pair(a: str, b: str) -> bool:
    """One of two given names is a kept nickname of the other, case aside.

    >>> nickname_pair("Rudy", "Rudolph"), nickname_pair("William", "Bill"), nickname_pair("Jack", "Jacqueline")
    (True, True, False)
    >>> nickname_pair("Alice", "Lisa"), nickname_pair("Maria", "Mario"), nickname_pair("Tom", "Tom")
    (False, False, False)
    """
    a, b = a.lower(), b.lower()
    return (a, b) in _pairs() or (b, a) in _pairs()
