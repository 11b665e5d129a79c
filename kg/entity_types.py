"""What type a mention is: NER's label corrected from local evidence, and a type for the names
NER left unlabelled (``kg.entities``).

NER's commonest slips on text nobody tuned it to: a person read as an organisation ("Olaf
Scholz, the German chancellor"), a country under any type, a CamelCased company read as a place
("LinkedIn"), and a place read as a person (Czech and Italian towns: "Bohumín is a town in ...",
"born in Mladá Boleslav"). Each correction reads the sentence or a gazetteer, never a list of
names.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from kg.lexicon.countries import city_names, country_names
from kg.lexicon.words import BODY_OWNED_NOUNS, PEOPLES_ROLES, PERSON_ROLES, PERSON_TITLES, PLACE_NOUNS
from kg.model import NODE_TYPES


def _fix_type(span: Span, label: str) -> str:
    """Correct the commonest NER type slips with local evidence."""
    text = span.text.lower()
    if label != "PERSON" and len(span) >= 2 and any(
        c.dep_ == "appos" and c.lower_ in PERSON_TITLES | PERSON_ROLES for c in span.root.children
    ):
        return "PERSON"  # "Olaf Scholz, the German chancellor"
    if label in ("ORG", "PERSON", "NORP") and text in country_names():
        return "GPE"
    if label == "PERSON" and _said_a_place(span):
        return "GPE"  # "Bohumín is a town in ...", "born in Mladá Boleslav"
    prev = span.doc[span.start - 1] if span.start else None
    if label == "PERSON" and _owns_body_things(span, prev):
        return "ORG"  # "Kellogg workers", "Ford's shareholders"
    if label in ("ORG", "GPE", "NORP") and prev is not None and prev.lower_ in PEOPLES_ROLES \
            and prev.dep_ == "compound" and span.start <= prev.head.i < span.end:
        return "PERSON"  # "beats co-founder jimmy iovine", "spokesman Zhao Lijian"
    if label == "GPE" and text not in country_names():
        if prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES:
            return "PERSON"
        if any(any(c.isupper() for c in t.text[1:]) and not t.text.isupper() for t in span):
            return "ORG"  # places are not CamelCased: LinkedIn, WeChat
    return label


def _owns_body_things(span: Span, prev) -> bool:
    """The name is the possessor or the compound modifier of a word only a body has
    (``BODY_OWNED_NOUNS``: "Kellogg workers", "Ford's administrators", "the former Kellogg
    subsidiary"), with no title before it ("Mr Fox's workers" stays a person's). One such
    mention corrects only itself; the entity's type is still the vote of all its mentions."""
    root = span.root
    if root.dep_ not in ("poss", "compound") or not span.start <= root.i < span.end:
        return False
    if prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES:
        return False
    head = root.head
    return head.i >= span.end and head.lower_ in BODY_OWNED_NOUNS


#: Nouns a place's name stands before and a person's does not ("the X region", "the X caves").
_PLACE_AROUND = PLACE_NOUNS - {"capital"} | frozenset("caves mountains hills valley".split())


def _said_a_place(span: Span) -> bool:
    """The sentence says ``span`` is a place: it is the subject of "is a town/village/…"
    (``PLACE_NOUNS``), or a city of the gazetteer (``city_names``) after "in"/"near" or before ",
    <place>" ("in Mladá Boleslav", "Bohumín, Czech Republic"), or before "region"/"caves"/…
    (``_PLACE_AROUND``: "the Waikato region"). A person called like a city
    stays a person elsewhere ("Paris Hilton said")."""
    root, doc = span.root, span.doc
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lower_ in PLACE_NOUNS for c in root.head.children):
        return True
    if root.dep_ == "compound" and root.head.i >= span.end and root.head.lower_ in _PLACE_AROUND:
        return True  # "the Lascaux caves", "the Waikato region": a place's caves, no person's
    if span.text.lower() not in city_names():
        return False
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "near"):
        return True
    after = doc[span.end:span.end + 2]
    return len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE"


def _doc_type_votes(doc: Doc, original: str) -> dict[str, str]:
    votes: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        if ent.label_ in NODE_TYPES:
            votes.setdefault(ent.text.lower(), Counter())[ent.label_] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def _guess_type(span: Span, ner_types: dict[str, str]) -> str:
    text = span.text.lower()
    if text in ner_types:
        return ner_types[text]
    if text in country_names():
        return "GPE"
    prev = span.doc[span.start - 1] if span.start else None
    if prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES:
        return "PERSON"
    return "ORG"
