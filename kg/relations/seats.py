"""Where a body is, said inside the noun phrase that names it, as news translated from Romance
and German languages writes it: ``Alpstein Capital AG, with seat in Zug``, ``Transportes Huasteca
S.A. de C.V., with domicile in Monterrey`` (Spanish "con domicilio en", German "mit Sitz in"),
and ``Rheinwerk Armaturen GmbH from Solingen`` (German "aus", Dutch "uit": a company "from" a town is
based there). Rows (``rule`` on the edge):

``seat_with``   body > prep{with} > pobj{seat noun} > prep{in|at} > pobj{place}: ``headquarters in``.
``body_from``   a body's registered name > prep{from} > pobj{place}: ``based in`` (a registered
                name only: "a delegation from Japan", "Smith from London" are no bodies' seats).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.lexicon.countries import city_names
from kg.lexicon.names import registered_name
from kg.relations.arguments import Arguments
from kg.relations.triples import RawTriple, emit

#: Nouns for the place a body has its seat, whose owner's "be in" says where it is headquartered
#: ("Its headquarters are in Stavanger"; a statue's or a tomb's owner says less: ``subject_owner``).
SEAT_NOUNS = frozenset({"headquarters", "seat"})


def seat_subject(verb: Token) -> Token | None:
    """The verb's subject when it is a seat's noun (``SEAT_NOUNS``): "Its headquarters are in …"."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in SEAT_NOUNS), None)


#: Nouns for the place a body is registered or sits, after "with" ("with seat in Zug").
SEAT_WORDS = frozenset("seat domicile headquarters head-office office base residence".split())
#: The types of the places a body may sit in.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _places(prep: Token, args: Arguments) -> list[int]:
    """The places the preposition names: typed so, or a city of the gazetteer NER typed otherwise
    ("with seat in Zug", "from Solingen": NER read bodies)."""
    return [m for a in args.pobj_args(prep, pronouns=False) for m in a.mentions
            if args.mentions[m].type in _PLACES or args.mentions[m].text.lower() in city_names()]


def seat_with(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Alpstein Capital AG, with seat in Zug`` → headquarters in Zug; also where the parser hung
    the set-off "with" on the verb ("advised by the bank Lazard, with seat in Paris") or on the
    noun before the name ("products of the Center … (CIGB), with seat in Havana")."""
    if args.mentions[mi].type != "ORG":
        return
    _, end = args.span_in_sentence(mi)
    after = after_acronym(args.doc, end)
    after += after < len(args.doc) and args.doc[after].text == ","
    withs = [p for p in root.children if p.dep_ == "prep" and p.lower_ == "with"]
    if not withs and after < len(args.doc) and args.doc[after].lower_ == "with" and args.doc[after].dep_ == "prep":
        withs = [args.doc[after]]
    for seat in (q for p in withs for q in p.children if q.dep_ == "pobj" and q.lower_ in SEAT_WORDS):
        for inner in (c for c in seat.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            yield from emit(args, [mi], "headquarters in", _places(inner, args), "seat_with")


def after_acronym(doc: Doc, end: int) -> int:
    """Where the words after a name ending at ``end`` go on past its acronym in brackets
    ("the Center of Genetic Engineering and Biotechnology (CIGB), with seat in Havana"), or past
    the bracket that closes the acronym itself."""
    if end < len(doc) and doc[end].text == "(":
        close = next((t.i for t in doc[end + 1:min(len(doc), end + 6)] if t.text == ")"), None)
        return end if close is None else close + 1
    return end + (end < len(doc) and doc[end].text == ")")


def body_from(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Rheinwerk Armaturen GmbH from Solingen was fined`` → based in Solingen."""
    if args.mentions[mi].type != "ORG" or not registered_name(args.mentions[mi].text):
        return
    for prep in (p for p in root.children if p.dep_ == "prep" and p.lower_ == "from"):
        yield from emit(args, [mi], "based in", _places(prep, args), "body_from")
