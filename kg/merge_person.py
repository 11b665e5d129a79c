"""The ``person_name`` merge rule: a person's name that NER typed as something else in some
mentions ("Leona Naess" read as an ORG, then "Naess"), joined to its short form in its document.
Kept apart from ``kg.merge_rules`` so each module stays small; ``name_part`` covers the names NER
typed PERSON (and a surname alone typed otherwise), this rule the full names it did not."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from kg.lexicon.given_names import family_name_first
from kg.lexicon.names import name_words, short_of
from kg.lexicon.words import (
    CORPORATE_DESIGNATORS, DIVISION_WORDS, INSTITUTION_HEADS, NAME_PARTICLES, ORG_KIND_WORDS, ORG_SUFFIXES,
    PLACE_KIND_WORDS, PLACE_NAME_HEADS, PLACE_NOUNS, PREFIX_DESIGNATORS, SON_OF,
)
from kg.merge_guards import _before, _known_place, _merge_fits, _mistyped

if TYPE_CHECKING:
    from kg.merge_names import NameItem, Names

#: Words that say a name is a body or a place, not a person ("Beijing Jinyu Ducks" aside, which
#: has a place in it): a name holding one is never read as a person's here.
_NOT_A_PERSON = (CORPORATE_DESIGNATORS | DIVISION_WORDS | INSTITUTION_HEADS | ORG_KIND_WORDS | ORG_SUFFIXES
                 | PREFIX_DESIGNATORS | PLACE_KIND_WORDS | PLACE_NOUNS | PLACE_NAME_HEADS
                 | frozenset("a an of the and for on in at to by".split()))


def _capitalised(n: NameItem) -> bool:
    """Every mention written with capitals on its name words ("the chart" is no name)."""
    return all(all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in (m.form or m.text).replace("-", " ").split())
               for m in n.mentions)


def _person_shaped(n: NameItem) -> bool:
    """A name of two to four words, none saying what kind of body or place it is, none a place,
    written with capitals, no digits: "Leona Naess", "Fradique de Menezes", "Fyodor Davydovich
    Kulakov"; not "Kansas City Royals", "Mola di Bari", "Rage Against the Machine"."""
    words = name_words(n.words)
    return (n.key.plain and 2 <= len(words) <= 4 and not any(w in _NOT_A_PERSON or not w.isalpha() for w in words)
            and not any(_known_place(w) for w in words) and _capitalised(n))


def _english(word: str, lexicon: frozenset[str]) -> bool:
    """A WordNet word, or its plural ("royals", "spurs"): a set lookup, cheap on every name."""
    return word in lexicon or (word.endswith("s") and (word[:-1] in lexicon or word[:-2] in lexicon))


def _surname_like(n: NameItem) -> bool:
    """A short form that can only be a name: capitalised, no English word (WordNet's), no place or
    people ("Naess", "Marucci", "Kulakov"; not "Royals", "Spurs", "Union", "Washington"); a
    double-barrelled one needs one half no English word ("Sanchez-Vicario": WordNet knows Sanchez)."""
    from kg.lexicon.english import english_lexicon  # imports spaCy: only when a name asks

    lexicon = english_lexicon()
    foreign = [w.isalpha() and not _english(w, lexicon) for w in n.words]
    hyphened = len(n.words) == 2 and all("-" in (m.form or m.text) for m in n.mentions)
    return (n.key.plain and 1 <= len(n.words) <= 2 and all(w.isalpha() for w in n.words)
            and (all(foreign) or hyphened and any(foreign)) and not _major_place(n.key.text) and _capitalised(n))


def _major_place(key: str) -> bool:
    """A country, a people, a US state or a big city (``BIG_CITY``): a name no reader takes for a
    person's surname beside his full name ("Washington" beside George Washington). A town of the
    gazetteer is not ("clean bowled by Henderson" beside Claude Henderson: a Nevada city too)."""
    from kg.lexicon.big_cities import big_city_countries
    from kg.lexicon.countries import us_states

    return _known_place(key, "person") or key in us_states() or key in big_city_countries()


def _same_but_initials(a: list[str], b: list[str]) -> bool:
    """Two names of three words or more that differ only where one gives a middle name and the
    other its initial ("william h armstrong" / "william hepburn armstrong")."""
    if len(a) != len(b) or len(a) < 3 or a[0] != b[0] or a[-1] != b[-1] or a == b:
        return False
    return all(x == y or (len(x) == 1 and y[0] == x) or (len(y) == 1 and x[0] == y) for x, y in zip(a[1:-1], b[1:-1]))


def middle_initial(names: Names) -> None:
    """``middle_initial``: in one document, a person's name with a middle initial joins the one that
    spells it out ("William H. Armstrong", "William Hepburn Armstrong"), before ``name_part`` reads
    "Armstrong" as fitting two people. Guard: persons, three words or more, the same first and last
    words, every other word the same or its initial ("William J. Armstrong" stays apart)."""
    items = names.items
    by_last: dict[str, list[int]] = defaultdict(list)
    for j, n in enumerate(items):
        if n.group == "person" and n.key.plain and len(n.words) >= 3:
            by_last[name_words(n.words)[-1]].append(j)
    for last in sorted(by_last):
        persons = by_last[last]
        for x, i in enumerate(persons):
            for j in persons[x + 1:]:
                if _same_but_initials(name_words(items[i].words), name_words(items[j].words)):
                    names.merge(i, j, "middle_initial")


def person_name(names: Names) -> None:
    """``person_name``: in one document, a surname alone ("Naess", "Kulakov") joins the full name
    it ends ("Leona Naess", "Fyodor Davydovich Kulakov") when NER typed either of them as no
    person, and a person's shorter name ("Guybrush Threepwood", "N. C. Wyeth") joins the longer
    name NER mistyped ("Guybrush Ulysses Threepwood", "Newell Convers Wyeth"). Guards: the full
    name is person-shaped (``_person_shaped``), written before the short form, and the short form
    is a name and no English word (``_surname_like``) unless NER typed it PERSON; one full name's
    entity fits, else the short form stays apart, recorded."""
    items = names.items
    full_by_last: dict[str, list[int]] = defaultdict(list)
    for j, n in enumerate(items):
        if (n.group == "person" and n.key.plain and len(n.words) >= 2) or (n.group != "person" and _person_shaped(n)):
            full_by_last[name_words(n.words)[-1]].append(j)
            if len(n.words) == 2 and family_name_first(n.words[0]):
                full_by_last[n.words[0]].append(j)  # "Wang Wenbin": "Wang" is its family name
    if all(n.group == "person" for n in items):
        return  # NER typed no name of them as no person ("Ms Caird" WORK_OF_ART joins Wendy Caird)
    longer: dict[int, int] = defaultdict(int)  # entity -> its names of two words or more
    for j, n in enumerate(items):
        if len(n.words) >= 2:
            longer[names.find(j)] += 1
    for i, n in enumerate(items):
        if not n.key.plain or not (n.group == "person" or _surname_like(n)):
            continue
        if longer[names.find(i)] > (len(n.words) >= 2):
            continue  # already part of a full name's entity ("Mousseau" with Joseph Octave Mousseau)
        first = min(m.start for m in n.mentions)
        fits = [j for j in full_by_last.get(n.words[-1], ()) if j != i
                and _short_form(n.words, items[j].words)
                and min(m.start for m in items[j].mentions) < first]
        if not fits or (n.group == "person" and all(items[j].group == "person" for j in fits)):
            continue  # ``name_part``'s to decide
        if len(n.words) == 1 and n.group == "person" and not _surname_like(n):
            continue
        if len({names.find(j) for j in fits}) == 1:
            names.merge(fits[0], i, "person_name")
        else:
            names.apart.setdefault(i, "fits two names in one document: " + ", ".join(sorted({items[j].best for j in fits})))


def _short_form(short: list[str], full: list[str]) -> bool:
    """``short`` is a short form of the full name ``full``: its surname, its first and last words,
    its initials, or a Chinese family name written first ("Wang" of "Wang Wenbin": a name of two
    words whose first word is one, ``kg.lexicon.given_names.family_name_first``)."""
    how = short_of(short, full)
    return how in ("surname", "dropped", "initials") or how == "first" and len(full) == 2 and family_name_first(full[0])


def _written_again_after(full: NameItem, short: NameItem) -> bool:
    """The full name is first written before the short one's last mention."""
    return min(m.start for m in full.mentions) < max(m.start for m in short.mentions)


def middle_name(names: Names) -> None:
    """``middle_name``: in one document, a one-word name that is a middle word of one person's
    full name of three words or more joins it: a writer calls a person by the paternal surname of
    a double one ("Endara" after "Guillermo David Endara Galimany", "Pacheco" after "Gregorio
    Pacheco Leyes") or by the name the person goes by ("Atsu" after "Christian Atsu Twasam").
    Guards: runs after ``name_part`` and ``person_name``, so a surname or a first name that fits
    goes there first; the short form is a person, or a name NER typed otherwise that is no
    country, demonym or city (``_mistyped``); it is in no entity with a longer name yet and was
    left apart by no rule; the full name is written before it, or before it is written again (a
    headline calls the person so before the story gives the full name: "Macron receives Lula" above
    "… Luiz Inácio Lula da Silva … Lula, who"; ``_written_again_after``); no particle ("de", "bin"), nor a
    parent's name after one ("Yaʿqūb" in "Yūsuf ibn Yaʿqūb" is his father); one full name's
    entity fits, else it stays apart, recorded."""
    items = names.items
    by_middle: dict[str, list[int]] = defaultdict(list)
    for j, n in enumerate(items):
        words = name_words(n.words)
        if n.group == "person" and n.key.plain and len(words) >= 3:
            middles = {w for k, w in enumerate(words[1:-1], 1) if words[k - 1] not in SON_OF}
            for w in sorted(middles - NAME_PARTICLES):
                by_middle[w].append(j)
    if not by_middle:
        return
    longer = {names.find(j) for j, n in enumerate(items) if len(n.words) >= 2}
    shorts = [i for i, n in enumerate(items) if n.group == "person" and n.key.plain and len(n.words) == 1]
    for i in sorted(set(shorts) | set(_mistyped(items))):
        if names.find(i) in longer or i in names.apart or i in names.ambiguous:
            continue
        fits = [j for j in by_middle.get(items[i].words[0], ()) if _written_again_after(items[j], items[i])]
        if len({names.find(j) for j in fits}) == 1:
            names.merge(fits[0], i, "middle_name")
        elif fits:
            names.apart.setdefault(i, "fits two names in one document: " + ", ".join(sorted({items[j].best for j in fits})))


#: Epithets a ruler or a saint is named by after "the" ("Ivan the Terrible", "Pliny the Elder",
#: "Alexander the Great"): general knowledge, not drawn from any corpus.
EPITHETS = frozenset("""great elder younger terrible bold conqueror pious fair wise good bald fat lionheart
    confessor magnificent just brave red black white saint martyr apostle baptist evangelist unready navigator
    liberator builder tall simple mad cruel strong old young blessed venerable deacon deaf blind lame
    lawgiver peaceful victorious hunter fowler""".split())


def epithet(names: Names) -> None:
    """``epithet``: in one document, a name without the epithet that follows it after "the" ("Ivan"
    after "Ivan the Terrible", "Candida" after "Candida the Elder"; ``EPITHETS``), whatever NER typed
    either. Guards: the bare name is one or two words, written after the full one, and no known
    place (for a name NER typed as a person, no country or people: "Ivan" is a town too); a bare name two full names fit ("Pliny" beside Pliny the Elder and the Younger) stays
    apart, recorded."""
    items = names.items
    fits: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        words = n.words
        if not n.key.plain or len(words) not in (3, 4) or words[-2] != "the" or words[-1] not in EPITHETS:
            continue
        short = " ".join(words[:-2])
        for j in names.by_key.get(short, ()):
            s = items[j]
            if j != i and s.key.plain and s.group in ("person", "org", "place") and _before(n, s) \
                    and not _known_place(short, s.group):
                fits[j].append(i)
    _merge_fits(names, fits, "epithet")
