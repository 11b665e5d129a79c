"""A place's or body's name, an office and its holder's name that NER read as one name ("Piura
Governor Jorge Quispe Mamani", "Karaburun Municipality Mayor Mehmet Ali Demirtaş"), cut in two at
the office: the place or body before it, the person after it. So is a body's acronym written
right before a person's name ("the director general of the PAD Ousmane Diallo", translated word
for word; ``split_at_acronym``).

Why: one ORG node "Piura Governor Jorge Quispe Mamani" holds a governor, his office and his
region, and shares none of them with the rest of the story ("Quispe Mamani said", "the Piura
regional government"). Cut, the office stays between the two names, where
``kg.relations.nouns.title`` reads "governor of Piura" as it does when NER cut the names itself
("Rize Governor Hasan Çelebi"). News of Turkey, Peru, Indonesia and China is written so, and
translated word for word.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon.countries import city_names, is_country
from kg.lexicon.english import in_lexicon
from kg.lexicon.given_names import given_name
from kg.lexicon.words import ADMIN_DIVISION_WORDS, OFFICE_WORDS, ORG_SUFFIXES, PREFIX_LEGAL_FORMS, SHIP_PREFIXES
from kg.shaped import acronym_word

#: Offices written capitalised between a place or body and its holder. Not "General", "King",
#: "Prince", "Dean" (names' words), nor "Head" or "Chief" ("Chief Executive" goes on).
OFFICES = frozenset("""mayor governor minister secretary president chairman chairwoman chairperson director
    premier chancellor senator ambassador commissioner spokesman spokeswoman spokesperson ceo headman regent
    prefect rector deputy""".split())


#: Words of an office's title before it ("Vice President", "Prime Minister", "Deputy Mayor",
#: ``OFFICE_WORDS``; "Foreign Minister", "Executive Director", "Secretary of State").
_BEFORE_OFFICES = OFFICES | OFFICE_WORDS | frozenset({"executive", "finance", "foreign", "state"})


def split_at_office(span: Span, lexicon: frozenset[str] = frozenset()) -> list[Span]:
    """``[Piura (GPE), Jorge Quispe Mamani (PERSON)]`` of "Piura Governor Jorge Quispe Mamani";
    else ``[span]``. The holder is two to four capitalised words, the first a given name or not
    all of them English words ("Party Committee Secretary General" is no person); the words before
    the office are a place (a country, a city of the gazetteer, an administrative division's
    name) or else a body."""
    doc = span.doc
    for k in range(1, len(span) - 2):
        office = span[k]
        if office.lower_ not in OFFICES or not office.text[:1].isupper():
            continue
        holder, body = span[k + 1:], span[:k]
        words = [t for t in holder if t.text not in "-‐" and not (t.i > 0 and doc[t.i - 1].text in "-‐")]  # "Min-jae"
        if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() and t.lower_ not in OFFICES for t in words) \
                or body[-1].lower_ in _BEFORE_OFFICES:
            return [span]  # not "Vice President Kamala Harris": a title's word before the office
        if not (given_name(holder[0].text) or not all(in_lexicon(t.lower_, lexicon) for t in words)):
            return [span]
        place = is_country(body.text) or body.text.lower() in city_names() or body[-1].lower_ in ADMIN_DIVISION_WORDS
        return [Span(doc, body.start, body.end, label="GPE" if place else "ORG"),
                Span(doc, holder.start, holder.end, label="PERSON")]
    return [span]


#: Titles of a parliament's members written in capitals before their names ("TD Padraig Hurley",
#: "MEP Anna Lind"): a person's, no body's acronym.
_MEMBERS_TITLES = frozenset("td mp mep mla msp mpp mna mha mdc mk".split())
#: The ``kb_id`` of the pieces ``split_at_acronym`` cuts: the name readers must not grow them back
#: into the run they were cut from (``kg.entities``).
CUT = "cut"


def split_at_acronym(span: Span, lexicon: frozenset[str] = frozenset()) -> list[Span]:
    """``[Ousmane Diallo (PERSON), PAD (ORG)]`` of "PAD Ousmane Diallo"; else ``[span]``. The
    acronym is two to six capital Latin letters (no legal form written first, "PT Pertamina", nor
    a ship's prefix, nor a member's title: "TD Padraig Hurley"); the person two or three
    capitalised words, none of them English ("Ousmane Diallo") or the first a given name and the
    last no body's word ("Margaret Hope"; not "NASA Ames Research Center", "BBC Radio Four")."""
    name = span[1:] if len(span) > 1 and span[0].lower_ == "the" else span  # NER's "the PAD Ousmane Diallo"
    first, person = name[0], name[1:]
    if not 3 <= len(name) <= 4 or not (acronym_word(first) and first.text.isascii() and len(first) <= 6) \
            or first.lower_ in PREFIX_LEGAL_FORMS | SHIP_PREFIXES | _MEMBERS_TITLES \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in person):
        return [span]  # as it came: the trim reads "the" ("the First World War")
    english = [in_lexicon(t.lower_, lexicon) for t in person]
    if not (not any(english) or given_name(person[0].text) and person[-1].lower_ not in ORG_SUFFIXES | OFFICES):
        return [span]
    # the person first: taken, their words keep the acronym from growing back into the whole run
    return [Span(span.doc, person.start, person.end, label="PERSON", kb_id=CUT),
            Span(span.doc, name.start, name.start + 1, label="ORG", kb_id=CUT)]
