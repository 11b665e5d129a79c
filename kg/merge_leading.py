"""The ``leading_words`` merge rule: in one document, a body's short name that is the first word
or two of its full name, written after it: "Keystone" after "Keystone Health Partners", "Wexley"
after "Wexley Athletic", "St. Brendan's" after "St. Brendan's Community Hospital". News names a
body in full once and then by its leading words ("said Alan Whitford, Keystone's chief
executive"); two nodes for one body is the duplicate users meet most.

A longer name that adds a line of business, a place or a kind of body of its own is another
body: "Samsung Electronics" and "Samsung", "US Airways Express" and "US Airways", "Toyota Europe"
and "Toyota", "HIH Royal Commission" and "HIH" stay apart here (``_OWN_BODY_WORDS``,
``BUSINESS_ENDS``, a country, a demonym or a city of the gazetteer among the words dropped). Like
``place_prefix``, the short form follows its full name and never links documents by itself
(``kg.resolve.joining_names``): another story's "Keystone" may be another body."""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon.countries import big_city_names, city_names, country_named, demonyms
from kg.lexicon.given_names import given_name
from kg.lexicon.words import BUSINESS_ENDS, DIVISION_WORDS, FACILITY_NOUNS, INSTITUTION_HEADS, PLACE_KIND_WORDS
from kg.merge_guards import _before, _merge_fits, _mistyped_person
from kg.merge_names import NameItem, Names

#: Words that make a name the name of a body of its own beside the one its leading words name:
#: its regional arm, its charity, its prize, its ground.
_OWN_BODY_WORDS = frozenset("""express foundation trust fund institute institution museum center centre
    academy school college university stadium arena park hall award awards prize cup trophy league
    international global worldwide america americas europe asia africa pacific north south east west
    northern southern eastern western midwest division unit subsidiary branch assembly parliament
    government police inquiry union association orchestra band choir ensemble team squad
    place street road avenue square lane way highway bridge tower house building
    report review index survey trends magazine journal newspaper times post news isd""".split()) \
    | INSTITUTION_HEADS | frozenset(FACILITY_NOUNS) | DIVISION_WORDS | PLACE_KIND_WORDS
#: Words that join a name's parts: a short name never ends before them ("Young on HIH").
_JOINING = frozenset({"of", "on", "and", "&", "the", "for", "in", "at", "de"})


def leading_words(names: Names) -> None:
    """``leading_words``: a short name that opens a longer organisation name of the document
    (its first one or two words), written after it (``_written_after``). Guards: both typed ORG,
    the longer one capitalised word by word, of words of two letters or more; the short name
    written with a capital each time, opening on no given name ("Leandro"), ending in no word
    of a body of its own ("Heathrow Airport" is not "Heathrow Airport Holdings"), and no
    country, people or big city (the gazetteer's small towns bear bodies' names: "Keystone");
    the words dropped hold no line of business, place or body of their own (``_own_body``); a
    short name that opens two longer names, whatever they add, stays apart, recorded."""
    items = names.items
    fits: dict[int, list[int]] = defaultdict(list)
    opened: dict[str, set[int]] = defaultdict(set)  # a short name -> every longer body's name it opens
    for i, n in enumerate(items):
        if n.key.plain and n.group == "org":
            for k in (1, 2):
                if len(n.words) > k:
                    opened[" ".join(n.words[:k])].add(names.find(i))
    for i, n in enumerate(items):
        words = n.words
        if not n.key.plain or not _body(n) or len(words) < 2 or not _titled(n):
            continue
        for k in (1, 2):
            if len(words) <= k or _own_body(words[k:]) or any(w in _JOINING for w in words[k - 1:]) \
                    or words[k - 1] in _OWN_BODY_WORDS:
                continue
            short = " ".join(words[:k])
            if len(opened[short]) > 1:
                for j in names.by_key.get(short, ()):
                    names.apart.setdefault(j, "opens the names of two bodies")
                continue
            if _place_name(short) or given_name(words[0].capitalize()):
                continue
            for j in names.by_key.get(short, ()):
                s = items[j]
                if j != i and s.key.plain and (_body(s) or k == 1 and _mistyped_person(s, names.surnames)) \
                        and _written_after(n, s) and all((m.form or m.text)[:1].isupper() for m in s.mentions):
                    fits[j].append(i)
    _merge_fits(names, fits, "leading_words")


def _own_body(rest: list[str]) -> bool:
    """The words a short name drops make the longer name another body's (``_OWN_BODY_WORDS``: its
    institution, facility, team, publication or regional arm; a line of business; a place); a legal
    form does not ("Keystone Health Partners Inc.")."""
    spans = [" ".join(rest[a:b]) for a in range(len(rest)) for b in range(a + 1, min(len(rest), a + 3) + 1)]
    return any(w in _OWN_BODY_WORDS or w in BUSINESS_ENDS for w in rest) \
        or any(p in demonyms() or country_named(p) or p in city_names() for p in spans)  # "… New Zealand Limited"


def _place_name(short: str) -> bool:
    """A country's, a people's or a big city's name: a body named so is that place's body."""
    return bool(country_named(short)) or short in demonyms() or short in big_city_names()


def _written_after(full: NameItem, short: NameItem) -> bool:
    """``short`` is first written after ``full``, but for a headline (the first sentence) that
    names the body short before the story names it in full ("St. Brendan's names new president"
    … "St. Brendan's Community Hospital will open …" … "St. Brendan's has been part of …")."""
    if _before(full, short):
        return True
    later = [m.start for m in short.mentions if m.sent_start > 0]
    return bool(later) and all(m.sent_start == 0 for m in short.mentions if m.start < min(later)) \
        and min(m.start for m in full.mentions) < min(later)


def _body(n: NameItem) -> bool:
    """Every mention of ``n`` NER (or kg) typed an organisation: not a product, a work or a
    facility, whose short forms name another thing ("X-Men" beside "X-Men Legends")."""
    return n.group == "org" and all(m.type == "ORG" for m in n.mentions)


def _titled(n: NameItem) -> bool:
    """Every word of the name is capitalised as written: a body's proper name, not "Google I"
    nor "Tripartite Commission invitation"."""
    return all(all(w[:1].isupper() or not w[:1].isalpha() for w in (m.form or m.text).split()) for m in n.mentions) \
        and all(len(w) > 1 for w in n.words)
