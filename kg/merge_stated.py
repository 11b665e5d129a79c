"""The ``stated`` merge rule: a name the text gives in brackets as another name of the one before
it ("Oder (Odra)", "Kristiania (now Oslo)"; marked by ``kg.stated``) is that entity, in its
document. Kept apart from ``kg.merge_rules`` so each module stays small."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from kg.lexicon.countries import city_names, country_named, demonyms
from kg.lexicon.languages import language_names
from kg.lexicon.names import fold_accents, initials

if TYPE_CHECKING:
    from kg.model import Mention
    from kg.merge_names import NameItem, Names


def stated(names: Names) -> None:
    """``stated``: a mention marked ``stated`` joins the name of the mention right before it in
    its sentence; a ``translated`` one (a bare bracket in another language: "Khooni Khanjar
    (Fighting Blade)") and a ``bracketed`` one only when it is an acronym ("Norges Statsbaner
    (NSB)", "Torpedo Squadron 8 (VT-8)") under the bare bracket's guards: a bare bracket also
    gives the part an actor plays, a person's party, or where a place lies.
    Guards: neither name is a country, nor after a bare bracket a city of the gazetteer
    ("Liverpool (UK)", "Louisville (KY)": a place in brackets says where the first is), nor a
    people or language; a person is
    joined only to a person; pack names stay as they are; names that differ in a number stay
    apart (``Names.merge``), unless a saying word joins them and only one has a number."""
    items = names.items
    before: dict[tuple[str, int], int] = {}  # (document, end of a mention) -> its item
    starts: dict[tuple[str, int], int] = {}  # (document, end of a mention) -> its start
    for i, n in enumerate(items):
        for m in n.mentions:
            before[(m.doc, m.end)] = i
            starts[(m.doc, m.end)] = m.start
    ends: dict[str, list[int]] = {}
    for doc, end in before:
        ends.setdefault(doc, []).append(end)
    for doc_ends in ends.values():
        doc_ends.sort()
    for j, n in enumerate(items):
        for m in n.mentions:
            if m.origin in ("pseudonym", "pseudonym_topic"):
                _join_pseudonym(names, j, m)
            if m.origin not in ("stated", "bracketed", "translated"):
                continue
            doc_ends = ends.get(m.doc, [])
            k = bisect_right(doc_ends, m.start)  # the last mention ending before this one, in its sentence
            if k >= 2 and _language(items[before[(m.doc, doc_ends[k - 1])]]) and (
                    m.start - doc_ends[k - 1] <= _LABEL_GAP or starts[(m.doc, doc_ends[k - 1])] - doc_ends[k - 2] <= _LABEL_GAP):
                k -= 1  # "Great Belt Bridge (Danish: Storebæltsbroen)": the name before the language's (``kg.stated``)
            i = before[(m.doc, doc_ends[k - 1])] if k and doc_ends[k - 1] >= m.sent_start else None
            if i is not None and i != j and _joinable(names, i, j, m.origin == "stated", m.origin == "translated"):
                other = _other_person(names, i, j)
                if other:
                    names.apart.setdefault(j, f"already the short form of {other}")
                else:
                    names.merge(i, j, "stated", said=m.origin == "stated")


#: At most this many characters stand between a language's name and the name a bracket gives in
#: it (": " of "(Danish: Storebæltsbroen)", a quotation mark besides), or between the name before
#: the bracket and the language (" (" of "Debub Gondar (Amharic: ...) (or South Gondar)").
_LABEL_GAP = 4


def language_word(name: str) -> bool:
    """A language's or a people's name, lower-cased ("danish", "sanskrit"), or one with a
    qualifier of period or region before it ("old russian", "south estonian": ``LANGUAGE_QUALIFIERS``):
    one that labels a bracket ("(Danish: Storebæltsbroen)", "(South Estonian: Valgõ)");
    ``kg.stated`` reads mentions by it too."""
    if name in language_names() or name in demonyms():
        return True
    first, _, rest = name.partition(" ")
    return first in LANGUAGE_QUALIFIERS and (rest in language_names() or rest in demonyms())


#: Words that name a period or a region of a language: "Old Norse", "Middle English", "South Estonian".
LANGUAGE_QUALIFIERS = frozenset("""old middle ancient classical modern standard literary colloquial medieval late
    early south north east west southern northern eastern western upper lower central""".split())


def _language(n: NameItem) -> bool:
    """A name item that is a language's or a people's name (``language_word``)."""
    return n.key.plain and language_word(n.key.text)


def _join_pseudonym(names: Names, j: int, m: Mention) -> None:
    """Join a pen, stage or ring name (``kg.stated`` marks it) to the person its sentence is about:
    the name opening the sentence (``pseudonym``: "Trinity Fatu ... under the ring name Naomi"),
    or, when a pronoun opens it (``pseudonym_topic``: "He also wrote under the pseudonyms Kaspar
    Hauser, ..."), the name opening the document, its topic. Guards: that name is no place nor
    people, the pseudonym no country, people or pack name."""
    items = names.items
    at = m.sent_start if m.origin == "pseudonym" else 0
    opening = sorted((mm.start, i) for i, n in enumerate(items) for mm in n.mentions
                     if mm.doc == m.doc and mm.sent_start == at and at <= mm.start <= at + 4)
    if not opening or opening[0][1] == j:
        return
    a, b = items[opening[0][1]], items[j]
    if a.group in ("place", "norp") or b.group == "norp" or a.canonical or b.canonical or b.key.kind == "country" \
            or country_named(b.key.text):
        return
    names.merge(opening[0][1], j, "stated")


def _joinable(names: Names, i: int, j: int, said: bool, translated: bool = False) -> bool:
    """Whether the second name ``j`` may join ``i``. A person joins a name NER typed otherwise only
    after a saying word ("Antônio Francisco Lisboa, otherwise known as Aleijadinho"; ``kg.stated``
    marks none for a thing NER read as a person), in another script ("Aleksandr Borovkov
    (Александр Боровков)") or with a cognate (``_cognate``), never a party or a club (two bodies may be one renamed)."""
    a, b = names.items[i], names.items[j]
    groups = {a.group, b.group}
    crossed = "person" in groups and groups != {"person"} and _only_person(names, a) and _only_person(names, b)
    if a.canonical or b.canonical or "norp" in groups or ("person" in groups and _membership(a.best, b.best)) \
            or (crossed and not (
            said or (translated and (_latin(a.best) != _latin(b.best) or _cognate(a.best, b.best)))
            or _initials_of(b.best, a.best))):  # "National Agency of Electric Energy (Aneel)" (NER: PERSON)
        return False  # "Janne Johnsen (Conservative Party)", "Les Plus Beaux Villages (French: ...)"; two
        # bodies may be one renamed ("the Guadalcanal Revolutionary Army, and later ... Isatabu Freedom Movement")
    if _acronym(b.best) and any(initials(f) == b.best for f in a.forms) and a.group == b.group == "place":
        return True  # "People's Republic of China (PRC)": a country's own acronym (its key is "China")
    if not said and _acronym(b.best) and b.best.isascii() and b.best.isalpha() and not any(
            _opens_a_word(b.best, f) for f in a.forms):
        return False  # "... Workers of the Mexican Republic (SNTMMSSRM)": the acronym of a longer name NER cut
    if not said and not translated and not _acronym(b.best) and not _spelled_out(a.best, b.best) \
            and not _initials_of(b.best, a.best) \
            and not _contraction(b.best, a.best) and not _inflected(a.best, b.best) \
            and not (a.group == b.group == "person" and _reordered(a.best, b.best)):
        return False  # "Patrick Dempsey (Derek Shepherd)": an actor and the part; "Terje Halleland
        # (Progress Party)": a person's party. A bare bracket gives an acronym: "Norges Statsbaner (NSB)",
        # or spells one out: "TMF (The Music Factory)", or contracts it: "Political Bureau (Politburo)",
        # or gives a person's name in the other order with a Western given name: "Ma Yun (Jack Ma)"
    return not any(n.key.kind == "country" or country_named(n.key.text) or (not said and n.key.text in city_names())
                   for n in (a, b))


def _inflected(a: str, b: str) -> bool:
    """The bracket gives the same name inflected or spelled the other language's way: as many
    words, each the same or sharing its stem with the other's (five letters, or the whole of the
    shorter one of three or more), accents aside ("Leskovac Pljeskavica (Leskovačka pljeskavica)",
    "Šar Pljeskavica (Šarska pljeskavica)"); not "Paris (Texas)", nor a place with more words
    ("Manchester (Greater Manchester)").

    >>> _inflected("Leskovac Pljeskavica", "Leskovačka pljeskavica"), _inflected("Paris", "Texas")
    (True, False)
    """
    wa, wb = fold_accents(a.lower()).split(), fold_accents(b.lower()).split()
    if len(wa) != len(wb) or wa == wb:
        return False
    return all(x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5])
               or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))) for x, y in zip(wa, wb))


def _cognate(a: str, b: str) -> bool:
    """A word of one name and a word of the other open on the same five letters, accents aside: a
    translation that keeps its cognates ("Studie Moldovană" / "Moldovan Studies", "Centrala
    Evreiască" / "Central Jewish Office"), which a person's party never is ("Vladimir Putin" /
    "United Russia")."""
    stems = lambda name: {w[:5] for w in fold_accents(name.lower()).split() if len(w) >= 5}
    return bool(stems(a) & stems(b))


def _only_person(names: Names, n: NameItem) -> bool:
    """``n`` is no person-typed name that NER typed otherwise elsewhere in the document: "Kungliga
    Hovkapellet" read as a PERSON in the first sentence and as an ORG later is a body there."""
    return n.group != "person" or all(names.items[k].group == "person" for k in names.by_key.get(n.key.spelled, ()))


def _other_person(names: Names, i: int, j: int) -> str | None:
    """The full name of another person that the bracketed short name ``j`` already belongs to,
    when the name before it is a third person's: "Lisa Quenu (formerly Macquart)" after "Les
    Rougon-Macquart" gave "Macquart" to Rougon-Macquart; the bracket must not join the two."""
    items = names.items
    if len(items[j].words) >= 2:
        return None
    ri, rj = names.find(i), names.find(j)
    if ri == rj:
        return None
    full_i = {k for k, n in enumerate(items) if names.find(k) == ri and n.group == "person" and len(n.words) >= 2}
    full_j = [k for k, n in enumerate(items) if names.find(k) == rj and len(n.words) >= 2]
    return items[full_j[0]].best if full_i and full_j else None


def _opens_a_word(acronym: str, name: str) -> bool:
    """The acronym's first letter opens a word of ``name``, in any language ("NSB" of "Norges
    Statsbaner", "STF" of "Federal Supreme Court"); not "SNTMMSSRM" of "Mexican Republic", the
    last words of the union's name NER cut, nor "SPA" of "AD" in a dateline's "2025 AD (SPA)".

    >>> _opens_a_word("NSB", "Norges Statsbaner"), _opens_a_word("SPA", "AD")
    (True, False)
    """
    first = fold_accents(acronym[0]).upper()
    return any(fold_accents(w[0]).upper() == first for w in name.replace("-", " ").split())


def _initials_of(short: str, long: str) -> bool:
    """``short``, one capitalised word, holds the initials of ``long``'s content words in any order,
    with at most two letters more: an acronym of the name in its own language, written as a word
    ("Aneel" of "National Agency of Electric Energy": Agência Nacional de Energia Elétrica).

    >>> _initials_of("Aneel", "National Agency of Electric Energy"), _initials_of("Lisbon", "National Bank")
    (True, False)
    """
    words = [w for w in long.split() if w[:1].isupper()]
    if " " in short or not short.isalpha() or not short[:1].isupper() or not 3 <= len(words) <= len(short) <= len(words) + 2:
        return False
    have, need = Counter(fold_accents(short.lower())), Counter(fold_accents(w[0].lower()) for w in words)
    return not need - have


def _spelled_out(short: str, long: str) -> bool:
    """``long`` spells out the acronym ``short``: its initials, or those after an article the
    name is written with ("TMF" for "(The) Music Factory")."""
    return _acronym(short) and " " in long and short in (initials(long), "T" + initials(long))


def _contraction(short: str, long: str) -> bool:
    """``short`` is one word made of openings of ``long``'s words, in order, the first word's
    first: "Politburo" (Polit-ical Bur-eau), "Comintern" (Com-munist Intern-ational), "Interpol"
    (Inter-national Criminal Pol-ice), a company's "Pemex" (Pe-tróleos Mex-icanos) or "Enacobre"
    (E-mpresa Na-cional del Cobre): two openings or more, each later one of two letters or more,
    the last of three at least, after which it may go its own way ("buro" of "Bureau").

    >>> _contraction("Politburo", "Political Bureau"), _contraction("Polish", "Political Bureau")
    (True, False)
    >>> _contraction("Enacobre", "Empresa Nacional del Cobre"), _contraction("Nab", "National Bank")
    (True, False)
    """
    words = fold_accents(long.lower()).split()
    s = fold_accents(short.lower())
    if " " in short or len(words) < 2 or len(s) < 5:
        return False

    def rest(at: int, w: int, parts: int) -> bool:
        """``s[at:]`` is made of openings of ``words[w:]`` (skipping any), ``parts`` taken so far."""
        if at == len(s):
            return parts >= 2
        if any(len(s) - at >= 3 and s[at:at + 3] == words[k][:3] for k in range(w, len(words))):
            return True  # the last opening, spelled on its own way after three letters ("buro")
        for k in range(w, len(words)):
            n = 0
            while at + n < len(s) and n < len(words[k]) and s[at + n] == words[k][n]:
                n += 1
            for size in range(n, 1, -1):
                if (at + size < len(s) or size >= 3) and rest(at + size, k + 1, parts + 1):
                    return True
        return False
    return any(s[:n] == words[0][:n] and rest(n, 1, 1) for n in range(min(len(s), len(words[0])), 0, -1))


def _reordered(a: str, b: str) -> bool:
    """Two persons' names of two words or more that share one word and differ in the others: a
    bracket giving the name in the other order, with another given name ("Ma Yun (Jack Ma)",
    "Zhang Weiming (Tony Zhang)"), not the part an actor plays ("Patrick Dempsey (Derek Shepherd)").

    >>> _reordered("Ma Yun", "Jack Ma"), _reordered("Patrick Dempsey", "Derek Shepherd")
    (True, False)
    """
    wa, wb = fold_accents(a.lower()).split(), fold_accents(b.lower()).split()
    shared = set(wa) & set(wb)
    return len(wa) >= 2 and len(wb) >= 2 and len(shared) == 1 and wa != wb and wa[0] != wb[0]


def _acronym(form: str) -> bool:
    """One word with two capitals or more, in any script: "NSB", "VT-8", "SSİK", "УРСР"."""
    return " " not in form and sum(c.isupper() for c in form) >= 2


#: Last words of the bodies a person belongs to, which a bracket after a person's name gives
#: ("Terje Halleland (Progress Party)", "Smith (Labour Party)").
_MEMBERSHIP = frozenset("party league union alliance front movement congress club team".split())


def _membership(a: str, b: str) -> bool:
    """Either name ends in a word naming a body people belong to: the bracket gives a person's
    party or club, not the same name in another language."""
    return any(name.split()[-1].lower() in _MEMBERSHIP for name in (a, b) if name.split())


def _latin(name: str) -> bool:
    """Every letter of ``name`` is a Latin one (accents allowed)."""
    return all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())
