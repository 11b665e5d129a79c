"""What a parenthesis right after a person's name says: ``Alberto Valenzuela Llanos (San
Fernando, Chile, August 29, 1869 – Santiago, Chile, July 23, 1925)``.

Encyclopedic leads open on these life dates; the parser makes no clause of them, so no verb rule
reads them. (A row reading any one name in a parenthesis, ``Janne Johnsen (Conservative Party)``,
``Mitsubishi Electric (Japan)``, measured 0.2 edge precision on Re-DocRED dev — acronyms,
aliases, roles played — and was dropped.) Row (``rule`` on the edge):

``life_dates``   PERSON ( [born] date[,] place … [– date[,] place …] ) (or a name NER typed ORG
                 when the parenthesis opens with ``born``): the first place of the
                 part before the dash is where the person was born, the first place after it
                 where the person died. A part without a date is no life date; a lone part is
                 the birth unless it says ``died``. The bracket may follow a birth name or
                 post-nominal letters set off by a comma (``Eva Bosáková, née Věchtová (…)``,
                 ``Chrysostom Blashkevich, OSB (…)``). Inside a dated part NER often calls a
                 small town a person or an organisation (``(February 3, 1934, Uerdingen –
                 November 14, 2014, Mölln)``): failing a place, the first name that opens the
                 part or follows ``in`` or a comma stands for it. The bracket may carry the
                 punctuation of a removed foreign name (``(; May 22, 1913 in …``).
``played_by``    NAME ( NAME ) in a sentence about acting, one of them a person (NER types
                 actors and characters ORG too; the actor's a full name, no acronym): the bracket names the actor of
                 the character before it (``the series' male lead character, Derek Shepherd
                 (Patrick Dempsey)``, ``the first appearance of Dr. Penelope Blake (Samantha
                 Sloyan)``). Elsewhere a person's name in brackets is another name of the same
                 person (``Yusuf (Joseph)``, kg.stated), so a word of acting in the sentence
                 (character, role, appearance, cast, starred, film, series, episode) must say
                 the text is about actors.
``party``        PERSON ( party ): a parenthesis that holds only a political party's name
                 (``Janne Johnsen (Conservative Party)``) or a party's one political word
                 (``Lena Hartmann (Greens)``): member of it. Parties are named so in lists of
                 office holders; any other lone name is an alias, a role or an acronym.
``party_acronym`` PERSON ( ACRONYM ): news names a politician's party by its acronym in a
                 bracket after the name (``Chancellor Olaf Scholz (SPD)``): one capitalised token
                 of 2-6 letters, typed ORG or NORP, that is neither the person's initials (an
                 alias: ``John Fitzgerald Kennedy (JFK)``) nor a country's ISO code (a sports
                 result: ``Usain Bolt (JAM)``). Its own predicate row types it (the tail has no
                 "Party" in its name for the PARTY guard to read).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Token

from kg.doc_arrays import sentence_of
from kg.lexicon.countries import countries
from kg.predicates import POLITICAL_WORDS
from kg.relations.arguments import Arguments
from kg.relations.place_chains import is_place
from kg.relations.roles import CHARACTER_TYPES, PERFORMER_TYPES
from kg.relations.tokens import opens_bracket
from kg.relations.triples import RawTriple, emit

_DASHES = frozenset({"–", "—", "-", "−"})
_MAX_TOKENS = 40


def _parenthesis(mi: int, root: Token, args: Arguments, *, set_off: bool = False) -> list[Token] | None:
    """The tokens inside the parenthesis right after the mention, or None. ``set_off``: also
    after a maiden name or post-nominal letters set off by a comma (``_set_off_end``)."""
    sent = sentence_of(root)
    end = max(t.i for t in root.subtree if args.ent(t) == mi) + 1
    doc = args.doc
    if set_off:
        end = _set_off_end(end, sent.end, args)
    if end >= sent.end or not opens_bracket(doc[end].text):
        return None
    for j in range(end + 1, min(end + _MAX_TOKENS, sent.end)):
        if doc[j].text in ("(", ")"):
            return list(doc[end + 1:j]) if doc[j].text == ")" else None
    return None


#: Post-nominal letters (``Chrysostom Blashkevich, OSB (…)``, ``John Smith, KBE, FRS (…)``).
_POST_NOMINAL = re.compile(r"[A-Z]{2,5}")
#: Words that give a person's birth name after a comma (``Eva Bosáková, née Věchtová (…)``).
_BIRTH_NAME_WORDS = frozenset({"née", "nee", "born"})


def _set_off_end(end: int, sent_end: int, args: Arguments) -> int:
    """Where the life dates of the name ending at ``end`` open when a comma sets off its birth
    name (``, née Věchtová``) or its post-nominal letters (``, OSB``, ``, KBE, FRS``) first:
    leads write ``Name, née X (dates)``; the bracket still belongs to the name. ``end`` when
    nothing such stands there."""
    doc = args.doc
    if end + 2 >= sent_end or doc[end].text != ",":
        return end
    if doc[end + 1].lower_ in _BIRTH_NAME_WORDS:
        birth = args.ent(doc[end + 2])
        return args.span_in_sentence(birth)[1] if birth is not None else end
    k = end
    while k + 1 < sent_end and doc[k].text == "," and _POST_NOMINAL.fullmatch(doc[k + 1].text):
        k += 2
    return k if k > end else end


def _parts(inside: list[Token], args: Arguments) -> list[list[Token]]:
    """Birth and death parts: split at a dash that is no part of a name."""
    parts: list[list[Token]] = [[]]
    for t in inside:
        if t.text in _DASHES and args.ent(t) is None and len(parts) < 3:
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


#: NER types a town's name in a dated part of life dates may wrongly carry.
_MISTYPED = frozenset({"PERSON", "ORG", "FAC"})
#: Words after which a name in a dated part is where it happened (``, Uerdingen``, ``in Firminy``).
_PLACE_CUES = frozenset({",", "in", "at"})


def _first_place(part: list[Token], args: Arguments, person: int) -> int | None:
    """The part's first place; failing one, the first name after the part's date that follows a
    comma or ``in`` (the slot of a place in life dates), whatever NER typed it. A name before
    the date is no such slot (``(; Foma Dvorzhetsky; 1859 – …)`` is the person's other name)."""
    for t in part:
        mi = args.ent(t)
        if mi is not None and is_place(mi, args):
            return mi
    dated = False
    for k, t in enumerate(part):
        if t.ent_type_ in ("DATE", "CARDINAL"):
            dated = True
            continue
        mi = args.ent(t)
        if mi is None or mi == person:
            continue
        if dated and args.mentions[mi].type in _MISTYPED and k > 0 and part[k - 1].lower_ in _PLACE_CUES:
            return mi
        return None  # a name in another slot: no place read past it
    return None


def life_dates(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``X (6 March 1931, Moscow)`` → born in Moscow; ``X (1782 Havana, Cuba – 15 August 1836
    Madrid)`` → born in Havana, died in Madrid.

    Pattern: name{PERSON} ( … DATE … place … [dash … DATE … place …] ), name{ORG} ( born … ).
    """
    kind = args.mentions[mi].type
    if kind not in ("PERSON", "ORG"):
        return
    inside = _parenthesis(mi, root, args, set_off=True)
    if not inside or (kind == "ORG" and inside[0].lower_ != "born"):
        return  # a name NER called an organisation: only when the parenthesis says "born"
    parts = _parts(inside, args)
    if len(parts) > 2:
        return
    for k, part in enumerate(parts):
        if not any(t.ent_type_ == "DATE" for t in part):
            continue
        died = k == 1 or any(t.lower_ in ("died", "d.") for t in part)
        place = _first_place(part, args, mi)
        if place is not None:
            yield from emit(args, [mi], "died in" if died else "born in", [place], "life_dates")



def party(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Janne Johnsen (Conservative Party)`` → member of Conservative Party.

    Pattern: name{PERSON} ( [the] name{ORG, last word "Party"} ).
    """
    end = args.span_in_sentence(mi)[1] if args.mentions[mi].type == "PERSON" else 0
    if end == 0 or end >= len(args.doc) or args.doc[end].text != "(":
        return
    inside = _parenthesis(mi, root, args)
    if not inside:
        return
    if inside[0].lower_ == "the":
        inside = inside[1:]
    named = {args.ent(t) for t in inside}
    if len(named) != 1 or None in named:
        return
    org = named.pop()
    text, kind = args.mentions[org].text, args.mentions[org].type
    words = text.lower().split()
    if kind not in ("ORG", "NORP") or not words:
        return
    if (kind == "ORG" and words[-1] == "party") or (len(words) == 1 and words[0] in POLITICAL_WORDS):
        yield from emit(args, [mi], "member of", [org], "party")
    elif len(inside) == 1 and _party_acronym(text, args.mentions[mi].text) \
            and not _spelled_before(text, args.doc[max(root.sent.start, end - 12):end]):
        yield from emit(args, [mi], "member of", [org], "party_acronym")


#: A party's acronym: capitals, a lower-case letter allowed inside ("PvdA", "SPD", "PSOE").
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]")


def _party_acronym(text: str, person: str) -> bool:
    """``text`` may be a party's acronym after ``person``: not the person's initials, not a
    country's ISO code (``Bolt (JAM)``, ``Smith (USA)`` in results)."""
    if not _ACRONYM.fullmatch(text):
        return False
    initials = "".join(w[0] for w in person.replace("-", " ").split() if w[:1].isalpha()).upper()
    if text.upper() == initials or (len(text) > 1 and initials.startswith(text.upper())):
        return False
    return text.upper() not in _country_codes()


def _spelled_before(acronym: str, words: Iterable[Token]) -> bool:
    """The acronym's letters are, in order, the initials of capitalised words before the bracket:
    it spells out what the bracket follows ("Knight Commander of the Order of St Michael and St
    George (KCMG)", "Franklin Lakes, Oakland and Wyckoff (FLOW)"), or opens on the first two
    initials ("Escuela Latinoamericana de Medicina (ELAM)"; not "Prime Minister Alvaro Serrano
    (PSOE)")."""
    initials = [t.text[0].upper() for t in words if t.text[:1].isupper()]
    letters = iter(initials)
    if all(c in letters for c in acronym.upper()):
        return True
    return len(initials) >= 2 and acronym[:2].upper() == "".join(initials[:2])


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """ISO alpha-2 and alpha-3 codes, with the few the Olympic and sports results write
    otherwise (GER, SUI, NED, RSA, POR, DEN, CRO, GRE)."""
    codes = {c.alpha_2 for c in countries()} | {c.alpha_3 for c in countries()}
    return frozenset(codes | {"GER", "SUI", "NED", "RSA", "POR", "DEN", "CRO", "GRE", "UAE", "ENG", "SCO", "WAL"})


def _full_name(text: str) -> bool:
    """Two to four capitalised words (``Samantha Sloyan``), as an actor is credited."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in words)


#: Words that say a sentence is about actors and the characters they play (``played_by``).
ACTING_WORDS = frozenset("""character characters role roles appearance appearances cast star starred
    starring co-starred film series episode sitcom drama actor actress portrayed played""".split())


def played_by(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Derek Shepherd (Patrick Dempsey)`` in a sentence about acting → Dempsey played Shepherd.

    Pattern: name{PERSON} ( name{PERSON} ), a word of ``ACTING_WORDS`` in the sentence.
    """
    if args.mentions[mi].type not in CHARACTER_TYPES:
        return
    end = args.span_in_sentence(mi)[1]
    if end >= len(args.doc) or args.doc[end].text != "(":
        return
    inside = _parenthesis(mi, root, args)
    if not inside:
        return
    named = {args.ent(t) for t in inside}
    if len(named) != 1 or None in named:
        return  # only the actor's name in the bracket
    actor = named.pop()
    kinds = {args.mentions[actor].type, args.mentions[mi].type}
    if "PERSON" not in kinds or not _full_name(args.mentions[actor].text) \
            or args.mentions[actor].type not in PERFORMER_TYPES or not any(t.lower_ in ACTING_WORDS for t in root.sent):
        return  # NER types many actors ORG, never an acronym: "Warner Bros. (WB)" is no actor
    for t in emit(args, [actor], "played", [mi], "played_by"):
        t.predicate = "played_character"
        yield t
