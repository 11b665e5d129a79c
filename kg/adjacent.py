"""Two mentions with nothing but a space between them are one name cut in two: "Circle" +
"Jerks", "Mladá" + "Boleslav", "Govind" + "Narayan Singh", "PlayStation" + "Portable",
"Airbus" + "A330", "USC" + "Thornton Chamber Orchestra", "PT" + "Pertamina" (a legal form written
before the company's name, as Indonesian and Russian companies' are).

NER (or a run of proper nouns next to an NER name) often stops inside a name, and each piece
then stands as a node of its own that is no entity. English writes two different names side by
side only after a country or a title ("United States Husain Haqqani", "Mughal Emperor Shah
Jahan"), and a people's adjective before a name is ``kg.spans.people_in_name``'s business; those
stay apart, so does anything across a line break or a sentence start.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon.big_cities import city_or_country
from kg.lexicon.countries import big_city_names, country_named
from kg.lexicon.english import in_lexicon
from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import family_name_first, given_name
from kg.lexicon.names import fold_accents
from kg.lexicon.words import (BODY_OPENERS, LEGAL_ENDS, NAME_PARTICLES, OFFICE_WORDS, PERSON_TITLES, PORTFOLIO_WORDS,
                              POSTNOMINALS, PREFIX_LEGAL_FORMS, ROLE_WORDS, SON_OF)
from kg.model import Mention
from kg.office_holders import office_before

if TYPE_CHECKING:
    from kg.entities import _Found

#: Types whose pieces are never joined here: a people's adjective ("Irish" + "Catholics").
_APART = frozenset({"NORP"})
#: Types a name of a body or a thing keeps when a piece after it was read as a person or a place
#: ("Emmy" + "Award", "Popcorn Entertainments" + "Australia").
_THINGS = frozenset({"ORG", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART", "LAW"})


def join_adjacent(found: _Found) -> None:
    """Adjacent mentions of one sentence with one space between them become one mention
    (``_joinable``), typed by ``_joined_type``."""
    mentions = sorted(found.mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _honours(found, prev, m):
            continue  # "John Smith" + "KBE FRS": his honours, no name (``kg.trim`` cuts those NER ran on)
        if prev is not None and (moved := _given_name_moved(found, prev, m)) is not None:
            out[-1:] = moved  # "Technology Mehmet" + "Fatih Kacır": the holder's given name
            continue
        if prev is not None and _joinable(found, prev, m):
            form = None if prev.form is None and m.form is None else \
                (prev.form or prev.text) + " " + (m.form or m.text)
            out[-1] = Mention(doc=m.doc, start=prev.start, end=m.end, text=found.original[prev.start:m.end],
                              type=_joined_type(prev, m, found.lexicon), sent_start=prev.sent_start, sent_end=prev.sent_end,
                              origin="typed" if _legal_form(prev) else m.origin if m.origin != "pack" else prev.origin,
                              form=form)
            continue
        out.append(m)
    found.mentions = out


def _given_name_moved(found: _Found, a: Mention, b: Mention) -> list[Mention] | None:
    """``a``, a run of proper nouns kg recovered, ends in a given name right before the person
    ``b``: "Technology Mehmet" + "Fatih Kacır" of "the Minister of the Industry and Technology
    Mehmet Fatih Kacır" (NER read the field as a body and left "Mehmet" out), or a title and one
    word of the name ("Comrade Le" + "Tien Chau"). That word opens the person's name; what is left
    of ``a`` stays, unless it is a portfolio's words alone or the title. None when ``a`` is no such run."""
    words = (a.form or a.text).split()
    if b.type != "PERSON" or len(words) < 2 or found.original[a.end:b.start] != " " \
            or a.sent_start != b.sent_start or not words[-1][:1].isupper():
        return None
    # "Health Tran" + "Quoc Vinh" (NER's two names): a family name written first opens the person's
    family = a.type != "PERSON" and len(b.text.split()) >= 2 and family_name_first(fold_accents(words[-1]).lower())
    if a.origin != "recovered" and not family:
        return None
    titled = len(words) == 2 and words[0].lower().rstrip(".") in PERSON_TITLES  # "Comrade Le" + "Tien Chau"
    if not (titled and not _title(words[1]) or family
            or given_name(words[-1]) and not in_lexicon(words[-1].lower(), found.lexicon)):
        return None
    # the title stays in the mention, as NER leaves one ("President To Lam": the parser hangs the
    # name on the title, which is the clause's subject); resolution and labels strip it
    cut = a.start - 1 if titled else a.start + found.original[a.start:a.end].rindex(" ")
    person = Mention(doc=b.doc, start=cut + 1, end=b.end, text=found.original[cut + 1:b.end], type="PERSON",
                     sent_start=b.sent_start, sent_end=b.sent_end, origin=b.origin,
                     form=None if b.form is None else " ".join((words if titled else words[-1:]) + [b.form]))
    rest = found.original[a.start:cut]
    if titled or all(w.lower() in PORTFOLIO_WORDS | {"and", "of", "the"} for w in rest.split()):
        return [person]
    return [Mention(doc=a.doc, start=a.start, end=cut, text=rest, type=a.type, sent_start=a.sent_start,
                    sent_end=a.sent_end, origin=a.origin), person]


def _honours(found: _Found, a: Mention, b: Mention) -> bool:
    """``b`` is only post-nominal letters right after the full name ``a`` ("FRS" after "John Smith")."""
    return found.original[a.end:b.start] == " " and len(a.text.split()) >= 2 \
        and all(w.rstrip(".") in POSTNOMINALS for w in b.text.split())


def _joinable(found: _Found, a: Mention, b: Mention) -> bool:
    """``a`` right before ``b``, one space apart in one sentence, both written with a capital or
    a digit first, neither a people's adjective nor an alias-pack name on the right; not a
    country before a name ("Pakistan Asif Ali Zardari"), nor a body after its office before a
    person's name ("the general director of Rosneft Igor Sechin"), nor a place the gazetteer knows
    before a full name opening on a given name ("North Carolina Roy Cooper"), nor two before an
    office word ("United Nations Middle East envoy"), nor a title or a piece of one before a
    person's full name ("NYPD Detective Nick Falco", "Secretary of State" + "Colin Powell"), nor an
    acronym of three letters or more before one ("the PAD Ousmane Diallo", a translation's word order)."""
    if found.original[a.end:b.start] != " " or a.sent_start != b.sent_start or b.origin == "pack":
        return False
    if a.type in _APART or b.type in _APART:
        return False
    if b.type == "PERSON" and (b.form or b.text).split()[0] in SON_OF and len(b.text.split()) >= 2 \
            and (a.type == "PERSON" or a.origin == "recovered" and " " not in a.text and a.text.isalpha()):
        return True  # "Prince Salman" + "bin Hamad Al Khalifa": NER starts a name anew at "bin"; "Turki" (recovered)
    if not (b.text[:1].isupper() or b.text[:1].isdigit()) or not a.text[:1].isupper():
        return False
    left = (a.form or a.text).split()
    if _legal_form(a):
        return True  # "PT" + "Pertamina", "JSC" + "KazMunayGas": a company's legal form written before it
    if len(left) >= 2 and left[-1].lower().rstrip(".") in LEGAL_ENDS and b.type == "PERSON" \
            and len((b.form or b.text).split()) >= 2:
        return False  # "Kaztelecom JSC" + "Aibek Serikov": a legal form ends the company's name; a person's follows
    if country_named(a.form or a.text) or _title(left[-1]):  # "Russia", "Turkey" too (ISO spells them otherwise)
        return False
    right = (b.form or b.text).split()
    if a.type in ("GPE", "LOC") and len(right) >= 2 and given_name(right[0]) and city_or_country(a.form or a.text):
        return False  # "the Governor of North Carolina" + "Roy Cooper": a known place, then a person's full name
    if _family_name_cut_off(a, b):
        return True  # "General Director of the group Cao" + "Huu Hieu": a family name NER cut off the person's
    if b.type == "PERSON" and len((b.form or b.text).split()) >= 2 and _after_office(found, a):
        return False  # "the general director of Rosneft" + "Igor Sechin" (``kg.office_holders``)
    after = re.match(r"\s*([\w.]+)", found.original[b.end:b.end + 40])
    if after and _title(after.group(1)):
        return False  # a body's regional post: "United Nations Middle East envoy", "CNN Vatican analyst"
    if b.type == "PERSON" and len(right) >= 2 and len(left) == 1 and left[0].isalpha() and left[0].isupper() \
            and len(left[0]) >= 3:
        return False  # a body's acronym before a person's name: "the mission EEMM" + "Margaret Hope"
    if len(left) == 1 and given_name(left[0]) and _PATRONYMIC.fullmatch(right[0]):
        return True  # "Alexander" + "Grigoryevich Lukashenko": a given name before a patronymic is one name
    if _given_name_as_place(found, a, b):
        return True  # "Labiofam, Orlando" + "Pérez Cruz"
    return not (b.type == "PERSON" and a.type != "PERSON" and len(right) >= 2
                and (len(left) >= 2 or in_lexicon(left[0].lower(), found.lexicon)))


def _given_name_as_place(found: _Found, a: Mention, b: Mention) -> bool:
    """``a``, one word NER read as a place, is a given name right before a person's two names
    that NER found, and the story names no such place elsewhere: "the General Director of the
    enterprise Labiofam, Orlando Pérez Cruz" (NER: Orlando GPE, Pérez Cruz PERSON; or no type).
    A place the story names again is one ("the SP of Mandi Rajiv Thakur … the Mandi police")."""
    return _lone_given_name(a, b) and not any(m.text == a.text and m.start != a.start for m in found.mentions)


def _family_name_cut_off(a: Mention, b: Mention) -> bool:
    """``a``, one word NER typed no person, is a family name written first (romanised Chinese,
    Vietnamese, Korean: ``family_name_first``) right before ``b``, a person's two given names
    NER found alone ("Cao" + "Huu Hieu", "Pham" + "Minh Chinh"): one person's name, even after an
    office's "of" (a body named by a family name alone is rare; a country is no such word)."""
    word = a.form or a.text
    return a.type != "PERSON" and b.type == "PERSON" and " " not in word and word[:1].isupper() \
        and len((b.form or b.text).split()) == 2 and family_name_first(fold_accents(word).lower()) \
        and not country_named(word)


def _lone_given_name(a: Mention, b: Mention) -> bool:
    """``a`` is one word, a given name and no country, NER read as a place (or kg recovered as
    a run of proper nouns), right before ``b``, a person's name of two words or more."""
    word = a.form or a.text
    return (a.type in ("GPE", "LOC") or a.origin == "recovered") and b.type == "PERSON" and " " not in word \
        and given_name(word) and len((b.form or b.text).split()) >= 2 and not country_named(word)


#: A Russian, Belarusian or Ukrainian patronymic ("Grigoryevich", "Viktorovna", "Ilyich").
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ovych|ovna|evna|yevna|ichna|ich)")


def _legal_form(m: Mention) -> bool:
    """``m`` is a legal form alone, written before a company's name ("PT", "JSC"): the joined name
    is a company's, a type the form states (weighed as a corrected type)."""
    return (m.form or m.text).lower().rstrip(".") in PREFIX_LEGAL_FORMS


def _after_office(found: _Found, a: Mention) -> bool:
    """An office "of" stands right before ``a``: "the press secretary of the Kremlin"."""
    span = found.doc.char_span(a.start, a.end, alignment_mode="expand")
    return span is not None and office_before(found.doc, span.start) is not None


def _title(word: str) -> bool:
    """An office, rank or role word ("Emperor", "Detective", "Senator")."""
    w = word.lower().rstrip(".")
    return w in OFFICE_WORDS or w in PERSON_TITLES or w in ROLE_WORDS


def _rest_of_a_name(b: Mention, lexicon: frozenset[str]) -> bool:
    """``b``, a piece NER left unlabelled, reads as the rest of a person's name: its words are name
    particles or rare words that are no English words, none in capitals ("Al Saud"; not
    "Foundation" after "John Smith", nor "ABBA" after "Dick Cavett Meets")."""
    words = (b.form or b.text).replace("-", " ").split()  # "Al-Dosari" too
    return all(w.lower() in NAME_PARTICLES or (w.isalpha() and not w.isupper() and not in_lexicon(w.lower(), lexicon)
                                              and not common_word(w)) for w in words) \
        and words[-1].lower() not in NAME_PARTICLES  # not "Dick Cavett Meets" + "ABBA": an acronym, a band


def _joined_type(a: Mention, b: Mention, lexicon: frozenset[str]) -> str:
    """The last piece says what the name is ("Daniel K. Inouye" + "International Airport" is a
    place), except that a body's or a thing's name stays one when NER read the piece after it as
    a person or a place ("Emmy" + "Award", "USC" + "Thornton Chamber Orchestra"), and one
    foreign word before a person's name (not before one English word: "Emmy" + "Award") is a first
    name ("Aleksandr" + "Alekseevich Borovkov"); a person's name keeps its type when the piece
    after it is one NER left unlabelled and reads as the rest of a name ("… bin Abdulaziz" + "Al
    Saud"), and a maker's name joined to its model's is the product ("Boeing" + "737 MAX")."""
    if _legal_form(a) or (a.form or a.text).split()[0].lower() in BODY_OPENERS:
        return "ORG"  # "PT Pertamina" (NER: PERSON); "Universidad" + "Mayor de San Simón" (NER: GPE + PERSON)
    if a.type == "PERSON" and b.origin == "recovered" and _rest_of_a_name(b, lexicon):
        return "PERSON"  # "Prince Mohammed bin Salman bin Abdulaziz" + "Al Saud" (guessed ORG)
    if b.type == "PERSON":
        first, rest = (a.form or a.text).split(), (b.form or b.text).split()
        if len(first) == 1 and (not in_lexicon(first[0].lower(), lexicon) or _PATRONYMIC.fullmatch(rest[0]) or rest[0] in SON_OF) \
                and (len(rest) >= 2 or not in_lexicon(rest[0].lower(), lexicon)):
            return "PERSON"  # "Alexander" + "Grigoryevich Lukashenko": a patronymic after it; "Turki" + "bin Fahd …"
        if len(first) == 1 and a.origin == "recovered" and a.type in ("GPE", "LOC") \
                and not (country_named(first[0]) or first[0].lower() in big_city_names()):
            return "PERSON"  # "Taras" + "Melnychenko": a first name the gazetteer knows as a small town's
        if _lone_given_name(a, b):
            return "PERSON"  # "Orlando" + "Pérez Cruz" (``_given_name_as_place``)
        return a.type
    if b.type in ("GPE", "LOC") and a.type in _THINGS:
        return a.type
    if "PRODUCT" in (a.type, b.type) and a.type in ("ORG", "PRODUCT") and b.type in ("ORG", "PRODUCT"):
        return "PRODUCT"  # "Boeing" + "737" (NER: PRODUCT) + "MAX" (NER: ORG): a maker's model is a product
    return b.type
