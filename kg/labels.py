"""What a resolved cluster of names is called and what it is: its label, its type, its node id.

* **Type**: a vote over mentions (pack mentions weigh most, NER more than recovered names, longer
  spans a little more), guarded by knowledge: a pack's type wins, a country (pycountry) is a GPE,
  a people merged with its named country (``demonym``) is that country, and a cluster a person
  rule joined (``PERSON_RULES``: a surname to its full name) is a person.
* **Label**: a pack's label, a country's name, else the best *proper-name form* of the cluster
  (``names.proper_form``: no title or prefix, no common-noun phrase such as "Hamas group"), among
  the forms of the winning type (a place is never labelled by the company named after it); for a
  person, only full forms (no form that is part of another: "Osama bin Laden", not "bin Laden").
* **Id**: the slug of the label, disambiguated by type, then by a counter.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.lexicon.countries import city_names, country_label, country_named, country_of, province_countries
from kg.lexicon.english import english_lexicon, in_lexicon
from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import given_name
from kg.lexicon.names import (best_form, display_case, norm, proper_form, registered_name, short_of, slug, spells,
                              strip_title)
from kg.lexicon.words import (CLUB_ABBREVIATIONS, INSTITUTION_HEADS, JOINING_PARTICLES, KIND_ENDS, NAME_PARTICLES,
                              NAME_STOP_WORDS as STOP, NAME_TITLES, ORG_SUFFIXES, SHIP_ONLY_PREFIXES)
from kg.merge_org import kind_opening
from kg.merge_rules import TYPE_GROUPS, NameItem
from kg.merge_spellings import _INITIALS_SURNAME, _SURNAME_INITIALS
from kg.model import Entity, Mention


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
#: The rules that join a name to a cluster as a person's name (a surname, a first or middle
#: name): their merge says the cluster is a person, whatever NER called the short form in most
#: sentences ("Gambill said" typed ORG, beside "Michael Gambill").
PERSON_RULES = frozenset({"name_part", "person_name", "middle_name", "middle_initial", "surname", "topic_spelling",
                          "transliteration", "patronymic", "name_order", "surname_initials", "nickname"})


def entity_of(items: list[NameItem], idxs: list[int], reason: dict[int, str],
              apart: dict[int, str] | None = None) -> Entity:
    """The entity of one cluster (``idxs`` into ``items``), with the rule that merged each alias."""
    mentions = sorted((m for i in idxs for m in items[i].mentions), key=lambda m: (m.doc, m.start))
    canonical = next((items[i].canonical for i in idxs if items[i].canonical), None)
    countries = sorted(items[i].key.text for i in idxs if items[i].key.kind == "country")
    etype = division_type(mentions, entity_type(mentions))
    if etype != "PERSON" and (any(reason.get(i) in PERSON_RULES for i in idxs) or _parts_of_a_person(mentions)) \
            and not _named_otherwise(mentions, etype) and not any(registered_name(m.text) or _ship_named(m.text)
                                                                  or m.type == "ORG" and (_body_shaped(m.text) or _kind_named(m.text))
                                                                  or _club_form(m.text) for m in mentions):
        # not "Cyclone Imogen" (a storm), "Imogen" a given name; nor "Ceramicas Alcora SA" (a registered body), nor
        # "National Fund for Disaster Response", whose "FONARED" joined a headline's "New FONARED" as a surname, nor
        # "HMS Thunderchild", whose "Thunderchild" (NER: PERSON) joined it as a surname, nor "CD Montealto",
        # nor "Estrela Atlântica FC", whose "Atlântica" joined "Estrela Atlântica" (NER: PERSON) as a surname
        etype = "PERSON"  # "Rafter" (NER: ORG, 7 times) joined to "Pat Rafter" as his surname
    if canonical:
        label = canonical
    elif countries:
        label, etype = _country_label(country_label(countries[0]), mentions), "GPE"
    else:
        short = {id(m) for i in idxs if reason.get(i) == "leading_words" for m in items[i].mentions}
        named = [m for m in mentions if m.origin != "back" and id(m) not in short] or mentions  # "the House",
        # "Keystone" after "Keystone Health Partners" (``kg.merge_leading``): short forms name no node
        label = _label([m for m in named if TYPE_GROUPS.get(m.type) == TYPE_GROUPS.get(etype)] or named, etype)
        if etype == "PERSON" and (" " not in label or _initials(label)):
            label = _label(mentions, etype)  # "Kulakov", "Sechin I.I.", "K. Tokayev" beside a full name NER typed ORG
    reasons: dict[str, str] = {}
    kept_apart: dict[str, str] = {}
    for i in idxs:
        rule = reason.get(i, "variant")
        if items[i].canonical:
            rule = "pack"
        elif items[i].key.kind == "country":
            rule = "country" if rule == "variant" else rule
        for m in items[i].mentions:
            reasons.setdefault(m.text, rule)
            if apart and i in apart:
                kept_apart.setdefault(m.text, apart[i])
    return Entity(id="", label=label, type=etype, mentions=mentions, reasons=reasons, apart=kept_apart)


def _country_label(iso: str, mentions: list[Mention]) -> str:
    """ISO's name of a country, unless the text never writes it and writes the everyday English
    name ISO spells otherwise ("Russia", "Turkey", "Burma" for the Russian Federation, Türkiye,
    Myanmar): the name the reader of these documents knows it by, the most written one."""
    if any(norm(m.text) == norm(iso) for m in mentions):
        return iso
    everyday = Counter(m.text for m in mentions if not m.text.isupper() and country_of(m.text) is None
                       and country_named(m.text) == iso)
    return min(everyday, key=lambda t: (-everyday[t], t)) if everyday else iso


#: How much one mention weighs in its entity's type vote, by origin: a type the sentence
#: corrected (``typed``: "the Tora Bora caves", "Kellogg workers", ``kg.entity_types``) is read
#: from evidence, NER's bare guess is not, so one corrected mention outweighs three guesses
#: (NER typed "Tora Bora" PERSON 21 times; "the Tora Bora region", "caves" corrected 10).
#: Names NER did not label (recovered, quoted, stated) weigh half a guess; a country named as a
#: side of a match (``side``, ``kg.teams.country_side``) and an acronym cited as a news source
#: (``source``, ``kg.news_sources.cited_agencies``; NER's or recovered) weigh as NER's guess; a
#: head word referring back to a longer name (``back``: "the House") hardly at all, the name it
#: stands for saying what it is.
_VOTE_WEIGHTS = {"pack": 3.0, "typed": 3.0, "ner": 1.0, "side": 1.0, "source": 1.0, "back": 0.1}


#: What one document's mentions of a name can weigh, per type, in the corpus's vote: two
#: readings. One long story that NER reads wrongly throughout ("Djokovic" typed ORG in its twelve
#: mentions) must not outvote the three stories that read him as a person, nor a city NER typed
#: ORG once in each of seven stories ("flights to ... Adelaide") the stories that dwell on it as
#: a place; and a name's type should not flip with the length of the next story added.
DOCUMENT_CAP = 2.0


def entity_type(mentions: list[Mention]) -> str:
    """A pack's type, else ORG for a body's registered name (``registered_name``) when no person's full
    name is among the names, else the weighted vote of the mentions' types (``_VOTE_WEIGHTS``), each
    document's guesses of each type capped at ``DOCUMENT_CAP`` (a type the sentence corrected is
    evidence and counts in full); the uncapped vote breaks a tie.
    Within one document this is the mentions' vote."""
    pack_types = [m.type for m in mentions if m.origin == "pack"]
    if pack_types:
        return pack_types[0]
    ships = {m.text for m in mentions if _ship_named(m.text)}
    if ships and not _person_full_name([m for m in mentions if m.text not in ships]):
        return "PRODUCT"  # "HMS Thunderchild", then "Thunderchild served with …" (NER: PERSON)
    bodies = {m.text for m in mentions if registered_name(m.text) or m.type == "ORG" and (_body_shaped(m.text) or _kind_named(m.text))}
    if bodies and not _person_full_name([m for m in mentions if m.text not in bodies and not _registered_as(m.text, bodies)]):  # "William
        return "ORG"  # Morris", "Morris & Co."; "Nordhavn Capital AB": a registered name; its brand "Nordhavn"
        # NER read as a person; "National Agency of Electric Energy (Aneel)", whose acronym NER read as a person
        # twice; "Rheinstein Baustoffe" (NER: PERSON) beside "Rheinstein Baustoffe AG" is that body's own name,
        # and "Jangy Jol" (NER: PERSON) beside "Jangy Jol Party"
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    total = _mention_votes(mentions)
    first = _tie_first(mentions)
    if len(by_doc) == 1:
        return sorted(total.items(), key=lambda kv: (-kv[1], _tie_order(kv[0], first)))[0][0]
    capped: Counter[str] = Counter()
    for ms in by_doc.values():
        guesses = _mention_votes([m for m in ms if m.origin != "typed"])
        capped.update({kind: min(weight, DOCUMENT_CAP) for kind, weight in guesses.items()})
        capped.update(_mention_votes([m for m in ms if m.origin == "typed"]))
    return sorted(capped.items(), key=lambda kv: (-kv[1], -total[kv[0]], _tie_order(kv[0], first)))[0][0]


def _named_otherwise(mentions: list[Mention], etype: str) -> bool:
    """A name of two words or more a sentence typed ``etype`` (no body: a company's short name
    may be a person's surname), and no person's full name beside it: "Cyclone Imogen", an event,
    whose short "Imogen" a person rule took for a given name; not "Salman Raduyev", whose
    surname a sentence read as a place."""
    return etype != "ORG" and any(m.origin == "typed" and m.type == etype and " " in m.text for m in mentions) \
        and not _person_full_name(mentions)


def _registered_as(text: str, bodies: set[str]) -> bool:
    """``text`` is one of ``bodies``' registered names without its legal form, or a body's name
    without the words that say what kind of body it is ("Jangy Jol" of "Jangy Jol Party",
    "Samruk Kazyna" of "National Welfare Fund Samruk-Kazyna")."""
    if any((registered_name(b) or _kind_named(b)) and b.replace(",", " ").split()[:-1] == text.split() for b in bodies):
        return True
    own = text.lower().replace("-", " ").split()  # "Samruk Kazyna" of "National Welfare Fund Samruk-Kazyna"
    return any((at := kind_opening(words := b.lower().replace("-", " ").split())) and words[at:] == own for b in bodies)


def _ship_named(text: str) -> bool:
    """A ship's name: a ship's prefix in capitals ("HMS", "USS", "RMS"; ``SHIP_ONLY_PREFIXES``)
    and a name after it."""
    words = text.split()
    return len(words) >= 2 and words[0].isupper() and words[0].lower().rstrip(".") in SHIP_ONLY_PREFIXES


def _kind_named(text: str) -> bool:
    """A body's name of two words or more whose last word says what kind of body it is ("Epic
    Records", "Jangy Jol Party"; ``KIND_ENDS``), or a word before its own name does ("National
    Welfare Fund Samruk-Kazyna"; ``kind_opening``)."""
    words = text.lower().split()
    return len(words) >= 2 and (words[-1] in KIND_ENDS or bool(kind_opening(words)))


def _person_full_name(mentions: list[Mention]) -> bool:
    """A name of two words or more typed a person is among ``mentions``."""
    return any(m.type == "PERSON" and " " in m.text for m in mentions)


def _body_shaped(text: str) -> bool:
    """A name of three words or more that a body's word opens or ends ("Ministry of Health";
    ``INSTITUTION_HEADS``, ``ORG_SUFFIXES``), or has before its "of" or "for" ("National Agency of
    Electric Energy", "National Fund for Disaster Response")."""
    words = [w.lower() for w in text.split()]
    return len(words) >= 3 and (words[0] in INSTITUTION_HEADS or words[-1] in ORG_SUFFIXES or any(
        w in INSTITUTION_HEADS | ORG_SUFFIXES and nxt in ("of", "for") for w, nxt in zip(words[1:], words[2:])))


def _parts_of_a_person(mentions: list[Mention]) -> bool:
    """One full name, typed PERSON wherever it is written, whose other names are its own words
    ("Michael Gambill", then "Gambill" typed ORG in two sentences): NER's slip on the short form,
    however often. Not when the full name was read otherwise once ("Harris Scarfe", a retailer)."""
    full = {m.text for m in mentions if len(m.text.split()) >= 2}
    if len(full) != 1 or len(full) == len(mentions):
        return False
    name = next(iter(full))
    words = set(name.split())
    return all(m.type == "PERSON" if m.text == name else m.text in words for m in mentions)


def _tie_first(mentions: list[Mention]) -> str | None:
    """The type that wins a tie of the vote with ORG: "PERSON" when a mention is shaped like a
    person's full name (``_person_shaped``), else none (the alphabet decides). NER reads one
    person ORG in one sentence and PERSON in the next ("Shaun Pollock and Nantie Haywood
    launched ...", "the final wicket of Nantie Haywood", ORG), and ORG comes first in the
    alphabet."""
    return "PERSON" if any(_person_shaped(m.text) for m in mentions if m.type in ("PERSON", "ORG")) else None


def _tie_order(kind: str, first: str | None) -> tuple[str, bool]:
    """A type's place among tied types: the alphabet's, but a person-shaped name's PERSON just
    before ORG (a tie with GPE or any other type stays with the alphabet: "Alei Sinai", a
    settlement NER read as a person once and as a place once, is a place)."""
    return ("ORG", False) if kind == first else (kind, True)


def _person_shaped(text: str) -> bool:
    """Two or three capitalised words, none an everyday English word: "Nantie Haywood", not
    "Energy Australia", "Virgin Blue", "Harris Scarfe Group"."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(
        _NAME_WORD.fullmatch(w) and not common_word(w) for w in words)


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")


def division_type(mentions: list[Mention], etype: str) -> str:
    """A country's first-level division (countryinfo's provinces: "Northern Territory",
    "Queensland", "Ontario") that NER's guesses voted ORG or LOC is a GPE, as a country is, when
    most of its mentions are the division's name: a state's name stands for its government in
    many sentences ("the Northern Territory has passed laws"), which NER reads as a body, and
    elsewhere as a region (LOC), so its type would flip with the next story. Not when a sentence
    made it a body or a team (a ``typed`` ORG mention)."""
    if etype not in ("ORG", "LOC") or any(m.origin in ("typed", "pack") and m.type == "ORG" for m in mentions):
        return etype
    named = sum(1 for m in mentions if norm(m.text) in province_countries())
    return "GPE" if 2 * named > len(mentions) else etype


def _mention_votes(mentions: list[Mention]) -> Counter[str]:
    """Each type's weight among ``mentions`` (``_VOTE_WEIGHTS``; longer spans a little more)."""
    types: Counter[str] = Counter()
    for m in mentions:
        weight = _VOTE_WEIGHTS.get(m.origin, 0.5)
        types[m.type] += weight * (1 + 0.1 * (len(m.text.split()) - 1))
    return types


def _untitled(form: str, etype: str) -> str:
    """``form`` without a title in front (``President Trump`` -> ``Trump``); a name that is no
    person's keeps its first word when the rest is one English common noun (``Premier League``,
    ``Senator Hotel``: a title there is part of the name; ``Princess Emma`` is still ``Emma``)."""
    stripped = strip_title(form)
    if etype != "PERSON" and stripped != form and " " not in stripped \
            and in_lexicon(stripped.lower(), english_lexicon()):
        return form
    return stripped


def _label(mentions: list[Mention], etype: str) -> str:
    """The best proper-name form; for a person, a full one (not part of another form)."""
    forms: Counter[str] = Counter()
    for m in mentions:
        if proper_form(m.text):
            forms[_untitled(m.form or m.text, etype)] += 1
    if not forms:  # only lower-case or prefixed forms: the best of them, titles stripped
        forms = Counter(_untitled(m.form or m.text, etype) for m in mentions)
    if etype == "PERSON":
        forms = _full_names(forms)
        forms = Counter({f: n for f, n in forms.items() if not _initials(f)}) or forms
    else:  # an acronym is a short form: the expansion is the name ("International Monetary Fund")
        forms = Counter({f: n for f, n in forms.items() if not _fragment(f, forms)}) or forms
        forms = Counter({f: n for f, n in forms.items() if not _ACRONYM.fullmatch(f)
                         or not _expanded(f, forms)}) or forms
        forms = Counter({f: n for f, n in forms.items() if _club_named(f, forms)}) or forms
    label = best_form(forms)
    if etype == "PERSON":
        label = _uncapped(label, mentions)
    elif etype in ("GPE", "LOC") and label.isupper() and len(label) > 4 and label.lower() in city_names():
        label = " ".join(w.lower() if k and w.lower() in JOINING_PARTICLES else w.capitalize()
                         for k, w in enumerate(label.split(" ")))  # "ABU DHABI (WAM) -": a dateline's capitals;
        # a joining particle inside stays lower ("RIO DE JANEIRO": "Rio de Janeiro")
    return display_case(label) if any(w.islower() and w not in STOP and w not in NAME_PARTICLES
                                            for w in label.split()) else label


def _initials(form: str) -> bool:
    """A surname with initials for the given names, after it or before it ("Sechin I.I.", "K. Tokayev"):
    a short form of a person's full name."""
    return bool(_SURNAME_INITIALS.fullmatch(form) or _INITIALS_SURNAME.fullmatch(form))


def _uncapped(label: str, mentions: list[Mention]) -> str:
    """A person's name with its words in capitals written as a name is: news sets a name in
    capitals in a headline or a first mention ("NATO chief ANDERS HOLMBERG said", "JENS
    Stoltenberg" where a headline's capitals ran into the name), and no word of a person's
    full name is an acronym. A word keeps a cased spelling another mention gives it
    ("Holmberg"), else it is capitalised; initials ("J.", "JR"), a one-word name and words of
    two letters stay as written.

    >>> _uncapped("ANDERS HOLMBERG", []), _uncapped("JENS Stoltenberg", []), _uncapped("Park Jung-ho", [])
    ('Anders Holmberg', 'Jens Stoltenberg', 'Park Jung-ho')
    >>> _uncapped("Henry VIII", []), _uncapped("Louis XIV", [])
    ('Henry VIII', 'Louis XIV')
    """
    words = label.split(" ")
    if len(words) < 2 or not any(_capped(w) for w in words):
        return label
    cased: dict[str, str] = {}
    for m in mentions:
        for w in (m.form or m.text).split():
            if not w.isupper() and not w.islower():
                cased.setdefault(w.lower(), w)
    return " ".join(cased.get(w.lower(), "-".join(p.capitalize() for p in w.split("-"))) if _capped(w) else w
                    for w in words)


def _capped(word: str) -> bool:
    """A name word in capitals, no initial nor a suffix ("HOLMBERG", "JUNG-HO"; not "J.", "JR")."""
    letters = word.replace("-", "")
    return word.isupper() and letters.isalpha() and len(letters) >= 3 and not _ROMAN.fullmatch(word) \
        and word.lower() not in ("jnr", "snr")


#: A regnal number ("Henry VIII", "Louis XIV"): written in capitals.
_ROMAN = re.compile(r"[IVXLC]+")


def _expanded(acronym: str, forms: Counter[str]) -> bool:
    """Another form spells ``acronym`` out ("Australian Federal Police" for "AFP", ``spells``); a
    longer form that only adds a word to it ("CNN Worldwide", a division's name ``designator``
    joined) or a fragment of the expansion NER cut ("Consumer Commission" of "Australian
    Competition and Consumer Commission (ACCC)") is no expansion, and the acronym the stories
    write stays the label: it names the body, the fragment names none.

    >>> _expanded("CNN", Counter({"CNN": 9, "CNN Worldwide": 1}))
    False
    >>> _expanded("AFP", Counter({"AFP": 5, "Australian Federal Police": 2}))
    True
    >>> _expanded("ACCC", Counter({"ACCC": 1, "Consumer Commission": 1}))
    False
    """
    return any(not _ACRONYM.fullmatch(f) and spells(acronym, f) for f in forms)


def _club_form(text: str) -> bool:
    """A club's name with its abbreviation in front ("CD Montealto", ``CLUB_ABBREVIATIONS``)."""
    words = text.split(" ", 1)
    return len(words) == 2 and words[0] in CLUB_ABBREVIATIONS


def _club_named(form: str, forms: Counter[str]) -> bool:
    """``form`` is a club's name with its abbreviation ("CD Montealto" beside "Montealto", the town
    the club is named after and the stories' short name): it labels the club.

    >>> _club_named("CD Montealto", Counter({"Montealto": 20, "CD Montealto": 5})), _club_named("Montealto", Counter())
    (True, False)
    """
    return _club_form(form) and form.split(" ", 1)[1] in forms


def _fragment(form: str, forms: Counter[str]) -> bool:
    """``form`` is the tail of an expansion NER cut short, whose acronym is another form: its words
    spell the acronym's last letters and no more ("Consumer Commission" beside "ACCC", of
    "Australian Competition and Consumer Commission (ACCC)"; "Mining and Energy Union" beside
    "CFMEU"). It names no body by itself, so it never labels the entity the acronym names.

    >>> _fragment("Consumer Commission", Counter({"ACCC": 1})), _fragment("Australian Federal Police", Counter({"AFP": 1}))
    (True, False)
    """
    return not _ACRONYM.fullmatch(form) and any(
        _ACRONYM.fullmatch(a) and any(spells(a.replace(".", "")[k:], form) for k in range(1, len(a.replace(".", "")) - 1))
        for a in forms)


def _full_names(forms: Counter[str]) -> Counter[str]:
    """A person's full forms: none that is part of another ("bin Laden" in "Osama bin Laden"),
    none that is another with a word before it ("Treasurer Peter Costello", "Beatle George
    Harrison": a role or descriptor NER took into the name; not a given name, before a Spanish
    name's two surnames: "Jorge Quispe Mamani"), and a one-word form only when there
    is no longer one ("Beatle" beside "George Harrison")."""
    names = Counter({f: n for f, n in forms.items() if not (
        len(f.split()) >= 3 and f.split()[1][:1].isupper() and " ".join(f.split()[1:]) in forms
        and not _given_before_surnames(f)) and not _name_pair(f, forms)})
    words = {f: f.lower().split() for f in names}
    full = Counter({f: n for f, n in names.items() if not any(g != f and short_of(words[f], words[g]) for g in names)})
    longer = Counter({f: n for f, n in full.items() if len(words[f]) >= 2})  # "Beatle" is no full name
    return longer or full or names or forms


def _given_before_surnames(form: str) -> bool:
    """A given name, no title's word, before two more: a Spanish or Portuguese name's given name and
    its two surnames ("Jorge Quispe Mamani", "Gabriel García Márquez"), which the text also writes
    without it; a hyphened surname written with spaces is one ("Louise Faure - Favier", tokenised
    text). Not "Emir Nasrullah Khan", nor "Nam Nguyen Phu Trong" (of "Viet Nam").

    >>> _given_before_surnames("Jorge Quispe Mamani"), _given_before_surnames("Emir Nasrullah Khan")
    (True, False)
    >>> _given_before_surnames("Louise Faure - Favier")
    True
    """
    words = [w for w in form.split() if w not in ("-", "–")]  # "Louise Faure - Favier": one surname
    return len(words) == 3 and given_name(words[0]) and words[0].lower() not in NAME_TITLES


def _name_pair(form: str, forms: Counter[str]) -> bool:
    """``form`` is two names joined by a hyphen, one of them another form of the same person:
    "Ford-Suharto" (from "the Ford-Suharto meeting") beside "Suharto". A double-barrelled name
    ("Zeta-Jones") has no such part in the cluster and stays.

    >>> _name_pair("Ford-Suharto", Counter({"Suharto": 9})), _name_pair("Zeta-Jones", Counter({"Catherine Zeta-Jones": 1}))
    (True, False)
    """
    parts = form.split("-")
    return len(parts) == 2 and " " not in form and all(p[:1].isupper() for p in parts) \
        and any(p in forms for p in parts)


def assign_ids(entities: list[Entity]) -> None:
    """Readable, stable ids: the slug of the label, disambiguated by type, then by a counter."""
    counts = Counter(slug(e.label) for e in entities)
    used: set[str] = set()
    for e in sorted(entities, key=lambda e: (slug(e.label), e.type, e.label, e.mentions[0].doc, e.mentions[0].start)):
        base = slug(e.label)
        cand = base if counts[base] == 1 else f"{base}__{e.type.lower()}"
        n = 2
        while cand in used:
            cand = f"{base}__{e.type.lower()}_{n}"
            n += 1
        used.add(cand)
        e.id = cand
