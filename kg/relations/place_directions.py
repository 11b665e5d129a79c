"""``direction``: a place or a site, then its direction from another place ("Boonah south-west of
Brisbane"): where it lies, from the words of ``kg.directions``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.directions import after_distance, direction_after
from kg.lexicon.countries import country_named
from kg.lexicon.words import COMPASS_WORDS, DIVISION_WORDS
from kg.relations.arguments import Arguments
from kg.relations.place_chains import _end, is_place
from kg.relations.triples import RawTriple, emit


#: What lies in a direction from a place: a place or a site (a hospital, a base), not a person
#: nor a body ("Qantas, south of Sydney" is not written; its base is).
_SITED = frozenset({"GPE", "LOC", "FAC"})


def direction_of(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Boonah south-west of Brisbane``, ``a blaze at Spencer north of Sydney``: a place or a
    site, then its direction from another place (``kg.directions``), states where it lies:
    ``south-west of``, with no Wikidata property (a town south of a city is not in it). The
    first place after "of" only: "south of Sydney, New South Wales" puts the town south of
    Sydney, and the chain rows say the rest.

    Only right after the name, or after a distance set off by a comma ("the town of Ighil, about 70
    kilometres southwest of Marrakech": ``kg.directions.after_distance``; not a country's or a
    division's name, which the place before them is in): after a comma alone the direction is as
    often the sentence's subject's ("a palace in the province of Södermanland, south of
    Stockholm"; "a reef north of Rügen, south of Skåne"). Nor from a name that is itself the place
    of a direction ("north-east of Wielbark south of Szczytno"), nor from a verb's object: there
    the direction says where the verb's act was ("It joins the Missouri west of Culbertson",
    "troops took Kunduz south of the river").
    """
    if args.mentions[mi].type not in _SITED or root.dep_ == "dobj" or (root.dep_ == "compound" and root.head.dep_ == "dobj"):
        return  # the object, or the parser's "the Missouri west" as one object
    start = args.span_in_sentence(mi)[0]
    if start >= 2 and args.doc[start - 1].lower_ == "of" and args.doc[start - 2].lower_ in COMPASS_WORDS:
        return
    found = direction_after(args.doc, _end(mi, args), comma=False)
    if found is None and (past := after_distance(args.doc, _end(mi, args))) is not None and _town_like(mi, args):
        found = direction_after(args.doc, past, comma=False)  # "Ighil, about 70 kilometres southwest of X"
        if found is not None and any(args.doc[k].dep_ == "appos" for k in range(past - 1, found[1])):
            return  # "Burakin, 240 kilometres north-east of Perth": an apposition, ``class_noun``'s
    if found is None:
        return
    label, at = found
    tail = args.ent(args.doc[at])
    if tail is not None and tail != mi and is_place(tail, args):
        yield from emit(args, [mi], label, [tail], "direction")


def _town_like(mi: int, args: Arguments) -> bool:
    """A place a distance can put somewhere: no country and no division named as one ("Ialomița
    County, Romania, some 65 km north-east of Bucharest": the commune before them is)."""
    text = args.mentions[mi].text
    return country_named(text) is None and text.lower().split()[-1] not in DIVISION_WORDS
