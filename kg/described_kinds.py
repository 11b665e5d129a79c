"""The kind of thing a sentence says a name is, by the noun it calls it: "Frostbrann is a
Norwegian rock band", "The Salt Road is a 2017 Mexican drama film", "Air Kilimanjaro, a Tanzanian
regional airline,", "the Drava is a river". An encyclopedic lead opens on such a sentence, and a
news story calls its bodies so; NER types names by their sound (a band, an airline, a river, a
film read as a person), the noun is the writer's own word. ``kg.entity_types`` asks it of each
name NER labelled.

The kinds come from ``kg/data/predicates.yaml``'s ``implied_types.head_nouns`` (the nouns the
relation rules already read as naming their head's kind: "album", "river", "club", "songwriter")
and, for bodies, the company and group nouns of ``kg.relations.words`` and ``kg.kind_nouns``.
Places are ``kg.entity_types._said_a_place``'s business ("Bohumín is a town in …").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.kind_nouns import GROUP_NOUNS
from kg.lexicon.words import PEOPLE_NOUNS
from kg.lexicon.given_names import given_name
from kg.lexicon.names import storm_kind
from kg.predicates import noun_kind
from kg.relations.named_nouns import ALIAS_NOUNS
from kg.relations.tokens import in_brackets
from kg.relations.words import COMPANY_NOUNS, PERSON_ONLY_ROLES

#: Nouns for a body besides the company nouns: "a rock band", "a political party", "an agency".
BODY_KIND_NOUNS = COMPANY_NOUNS | GROUP_NOUNS | frozenset(
    """organisation organization agency association federation league publisher label studio
    developer broadcaster newspaper magazine network channel""".split())
#: Nouns for a made thing: "Mingxing-2 is a Chinese lunar orbiter", "a subcompact car" (NER: PERSON).
PRODUCT_KIND_NOUNS = frozenset("""satellite orbiter lander rover probe spacecraft rocket aircraft airliner
    helicopter car automobile locomotive railcar tractor truck motorcycle smartphone console software""".split())
#: Institutions the kinds table lists as facilities, which are read as the bodies that run them
#: ("ELAM is a medical school in Cuba": the school, as Re-DocRED's annotators and NER type it).
INSTITUTION_KINDS = frozenset("school university college academy institute museum hospital library".split())

#: NER's types each described kind replaces (a body NER called a facility or a place may be
#: read either way: "X is a university", "X is a club" are left to the other rules there).
REPLACES = {
    "ORG": frozenset({"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"}),
    "WORK_OF_ART": frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC"}),
    "LOC": frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART"}),
    "FAC": frozenset({"PERSON", "GPE", "NORP", "WORK_OF_ART"}),
    "PERSON": frozenset({"ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"}),
    "PRODUCT": frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART"}),
}


def described_kind(span: Span, label: str) -> str | None:
    """The type the sentence's own noun for ``span`` gives it, where that corrects NER's
    ``label``: the subject of "is/was a … N", or a name with "a/an … N" set off after it; None
    when no such noun names a kind, or NER's type stands (``REPLACES``); a person's noun "known as"
    the name, or "known by the alias" it, makes it a person ("The man, known as 'El Viejo'", NER
    or the quotes: a title). A storm's name says its kind itself ("Cyclone Imogen", NER: ORG;
    "Typhoon Haiyan", NER: PERSON): an event."""
    if storm_name(span) and label in ("PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC"):
        return "EVENT"
    if known_as_person(span):  # "the man, known as 'El Viejo'"
        return "PERSON" if label in REPLACES["PERSON"] else None
    for noun in _describing(span):
        kind = _kind(noun)
        if kind is not None:
            return kind if kind != label and label in REPLACES[kind] else None
    return None


def described_as(span: Span, label: str) -> bool:
    """The sentence's own noun for ``span`` names the kind NER gave it ("Roketsan is a Turkish
    weapons manufacturer", NER: ORG): a confirmation that weighs as a correction does in the
    name's type vote (``kg.labels``) and carries to its other mentions (``kg.doc_types``), which
    NER types from their own words ("Roketsan's current share holders", NER: PERSON)."""
    return next((k for k in map(_kind, _describing(span)) if k is not None), None) == label


def storm_name(span: Span) -> bool:
    """``span`` is a storm's name: its kind's words (``kg.lexicon.names.storm_kind``) and a name
    after them ("Cyclone Imogen", "Tropical Storm Alberto"), or "Storm" and a given name ("Storm
    Babet"; not the "Storm Shadow" missile)."""
    kind = storm_kind([t.lower_ for t in span])
    return (0 < kind < len(span) or len(span) >= 2 and span[0].lower_ == "storm" and given_name(span[1].text)) \
        and span[-1].text[:1].isupper()


def _describing(span: Span) -> list[Token]:
    root = span.root
    nouns = []
    doc = span.doc
    if in_brackets(root):  # "(born 1973, Youngstown, Ohio) is an American filmmaker": the parser's subject
        if not (span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc)
                and doc[span.end].text in (")", ";", ",")):
            return []
        root = doc[span.start - 2]  # "Khooni Khanjar (Fighting Blade) is a … film": the name again
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and root.head.i > root.i:
        nouns = [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and _indefinite(c)]
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i
              and _indefinite(c) and span.end < len(doc) and doc[span.end].text == ","]
    # each noun with those coordinated with it, in the text's order ("a singer and songwriter")
    return [n for c in nouns for n in sorted({c, *(d for d in c.children if d.dep_ == "conj" and d.tag_ == "NN"),
                                                *filter(None, [_first_coordinated(c)])}, key=lambda t: t.i)]


def _first_coordinated(noun: Token) -> Token | None:
    """"a weapons manufacturer and defense contractor": the parser hangs the first of two nouns
    coordinated under one article on the second, with the article and the "and" (nmod)."""
    return next((c for c in noun.children if c.dep_ == "nmod" and c.tag_ == "NN"
                 and any(g.dep_ == "cc" for g in c.children)), None)


def known_as_person(span: Span) -> bool:
    """``span`` is the name a person's noun is "known as" or "known by the alias" ("The man,
    known as 'El Viejo'", "a rebel commander known by the nickname Gonzalito")."""
    noun = _known_as(span)
    return noun is not None and (noun.lower_ in PEOPLE_NOUNS or noun.lower_ in PERSON_ONLY_ROLES)


def _known_as(span: Span) -> Token | None:
    """The noun that "known as" (or "known by the alias/nickname": ``ALIAS_NOUNS``) names ``span``:
    "a man known as Gonzalito", "The man, known by the alias 'El Viejo'"; else None (the other
    way round from ``kg.relations.named_nouns.called_name``, which reads the name from the noun)."""
    root = span.root
    alias = root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.lower_ in ALIAS_NOUNS
    if alias:
        root = root.head  # "by the alias 'El Viejo'"
    prep, known = root.head, root.head.head
    if root.dep_ != "pobj" or prep.lower_ != ("by" if alias else "as") or prep.dep_ not in ("prep", "agent") \
            or known.lower_ != "known" or known.dep_ != "acl":
        return None
    return known.head if known.head.pos_ == "NOUN" else None


def _indefinite(noun: Token) -> bool:
    """"a band", "an American film": what a thing is, not which one of something ("the capital",
    "the son of") nor a plural ("X is one of the bands"); the article may stand on the first of
    two coordinated nouns (``_first_coordinated``)."""
    if noun.tag_ != "NN":
        return False
    first = _first_coordinated(noun)
    return any(c.dep_ == "det" and c.lower_ in ("a", "an")
               for c in (*noun.children, *(first.children if first is not None else ())))


def _kind(noun: Token) -> str | None:
    word = noun.lower_
    if word in BODY_KIND_NOUNS or word in INSTITUTION_KINDS:
        return "ORG"
    if word in PRODUCT_KIND_NOUNS:
        return "PRODUCT"
    kind = noun_kind(word, ("WORK_OF_ART", "LOC", "FAC", "PERSON", "ORG"))
    if kind == "PERSON" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children):
        return None  # "a media player", "a car model": a thing's kind, not a person's trade
    return kind
