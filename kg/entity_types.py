"""What type a mention is: NER's label corrected from local evidence, and a type for the names
NER left unlabelled (``kg.entities``).

NER's commonest slips on text nobody tuned it to: a person read as an organisation ("Olaf Scholz,
the German chancellor"), a country under any type, a CamelCased company read as a place
("LinkedIn"), and a place read as a person (Czech and Italian towns: "Bohumín is a town in ...",
"born in Mladá Boleslav"). Each correction reads the sentence or a gazetteer, never a list of names.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from kg.components import dateline_agency, dateline_place
from kg.described_kinds import described_kind, storm_name
from kg.directions import direction_after
from kg.doc_arrays import doc_ent_texts, doc_ents, sentence_of, span_text
from kg.lexicon.big_cities import city_or_country, known_place
from kg.lexicon.countries import COUNTRY_EXTRA, city_names, country_names, demonyms, is_country, province_countries, uncommon_city
from kg.lexicon.frequency import common_word
from kg.lexicon.names import norm
from kg.lexicon.words import (ADMIN_DIVISION_WORDS, BODY_OPENERS, BUSINESS_ENDS, COMPASS_WORDS, FOREIGN_FORMS,
                              JOINING_PARTICLES, LEGAL_FORMS, NAME_TITLES, ORG_SUFFIXES, OTHER_PLACE_WORDS,
                              PERSON_TITLES, PLACE_NOUNS, person_title)
from kg.model import NODE_TYPES, Mention
from kg.in_place import after_place_of_in, between_chain_places, hyphened_to_seat, seat_in
from kg.kind_nouns import (SETTLEMENT_NOUNS, after_body_noun, after_group_noun, before_party_noun, company_of_office,
                           company_short_form, listed_member_of, named_by_place_noun, named_facility, owns_body_things,
                           shares_of, thing_named)
from kg.news_kinds import (PLACE_PREPS, age_apposition, appointed_to_office, body_of_country, born_subject,
                           city_of_named_country, demonym_of_place, holiday, league_name, nearby, on_a_coast,
                           people_named_body, people_unknown_where, place_opener, residence_of, scene_place,
                           town_mistyped)
from kg.holder_pieces import holder_after_body
from kg.person_names import given_name_first
from kg.relations.words import ORG_NOUNS, ROLE_NOUNS
from kg.role_names import PERSON_WORDS as _PERSON_WORDS, after_role, role_apposition
from kg.teams import club_name, team_side


#: Last words of bodies' names, no person's: ``ORG_SUFFIXES``, legal forms ("Kranich Maschinenbau
#: GmbH", "Nokia Oyj": ``FOREIGN_FORMS``), lines of business (``BUSINESS_ENDS``) and those of
#: miners ("Whitehaven Coal", "Fortescue Metals") and of small businesses ("Kestrel Bakery",
#: "Hollins Dairy", "Marsh Farms"); not "Gold", "Steel", "Oil" (Ari Gold, Danielle Steel).
_BODY_ENDS = ORG_SUFFIXES | LEGAL_FORMS | FOREIGN_FORMS | BUSINESS_ENDS | frozenset(
    """coal mining minerals metals resources petroleum bakery bakeries dairy dairies farms nurseries
    builders haulage pharmacy pharmacies supermarkets""".split())


def _fix_type(span: Span, label: str) -> str:
    """Correct the commonest NER type slips with local evidence."""
    text = span_text(span).lower()
    if label in ("ORG", "PERSON", "NORP") and dateline_place(span):
        return "GPE"  # "BRUSSELS - NATO's chief said" (NER: ORG): a dateline names a place
    if (kind := _wire_type(span, label) or described_kind(span, label)) is not None:
        return kind  # a wire's dateline; "Frostbrann is a Norwegian rock band" (NER: PERSON)
    if label in ("ORG", "PERSON") and (place := _place_head(span, label == "PERSON")):
        return place  # "Sacramento Valley", "Western Avenue" (NER: ORG)
    if label != "PERSON" and len(span) >= 2 and any(
        c.dep_ == "appos" and c.lower_ in _PERSON_WORDS for c in span.root.children
    ) and not scene_place(span):  # not "In Buenos Aires, the president of Argentina X announced"
        return "PERSON"  # "Olaf Scholz, the German chancellor"
    if label != "PERSON" and role_apposition(span, label):
        return "PERSON"  # "the ambassador of Turkey in Russia, Tanju Bilgic" (NER: ORG)
    if label in ("ORG", "GPE", "LOC", "NORP") and age_apposition(span, _PLACE_HEADS):
        return "PERSON"  # "a determined Arnaud Clement, 24, (18th)" (NER: ORG): an age, a person's
    if label in ("ORG", "PERSON", "NORP") and _country_name(span, label):
        return "GPE"  # also a country pycountry names otherwise ("Turkey": "Türkiye")
    if label == "PERSON" and _part_of_a_place(span):
        return "GPE"  # "Greater Sydney is ringed by fires" (NER: PERSON)
    if label == "PERSON" and scene_place(span):
        return "GPE"  # "At Wurtulla, three houses lost their roofs" (NER: PERSON): no person sets a scene
    if label in ("ORG", "PERSON", "GPE", "LOC") and body_of_country(span):
        return "ORG"  # "Soccer Australia" (NER: PERSON), "Energy Australia" (NER: GPE)
    if label in ("GPE", "LOC", "PERSON", "FAC", "PRODUCT") and club_name(span):
        return "ORG"  # "West Ham United" (NER: GPE), "Manchester United" (NER: PERSON)
    if label in ("GPE", "LOC", "PERSON", "PRODUCT") and team_side(span, label) \
            or label in ("GPE", "LOC") and company_short_form(span):
        return "ORG"  # "Liverpool beat Chelsea 2-1", "played for Parma" (NER: PERSON); "Savanna shares fell"
    if label in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP") \
            and _said_a_place(span, person=label in ("PERSON", "WORK_OF_ART")):
        return "GPE"  # "Bohumín is a town in ...", "the suburb of Hornsby" (ORG), "a lab in Grenoble" (WORK_OF_ART)
    if label == "NORP" and people_unknown_where(span) or label in ("PERSON", "NORP") and residence_of(span):
        return "GPE"  # "a timber mill near Ballarat" (NER: NORP), "a resident of Chhindwara" (PERSON): a town
    if label in ("ORG", "PERSON", "GPE", "WORK_OF_ART") and _flows(span):
        return "LOC"  # "The Seine flows through Paris" (NER: ORG): a river flows
    if label in ("ORG", "GPE", "NORP") and born_subject(span, label):
        return "PERSON"  # "Born in Lagos, Adebayo moved to London" (NER: ORG)
    if label in ("PERSON", "ORG") and (place := place_opener(span)):
        return place  # "Mt Kembla" (NER: PERSON), "Mount Wanniassa" (NER: ORG)
    if label == "NORP" and people_named_body(span):
        return "ORG"  # "Saudi Aramco" (NER: NORP)
    if (label in ("PERSON", "NORP") or label == "GPE" and not city_or_country(span.text)) and (place := named_facility(span)):
        return place  # "the Kandym field" (NER: PERSON); not ORG: "the Gazprom plant" is the company's
    prev = span.doc[span.start - 1] if span.start else None
    if label == "PERSON" and (owns_body_things(span, prev) or company_of_office(span)) \
            or label in ("PERSON", "GPE") and shares_of(span):
        return "ORG"  # "Kellogg workers", "Ford's shareholders", "Baykar chairman X", "Shares of Carlsberg" (GPE)
    if label in ("PERSON", "GPE", "PRODUCT", "NORP") and after_body_noun(span, prev) and not holder_after_body(span):
        return "ORG"  # "travel company Traveland", "the bank Santander" (NER: PRODUCT), "the company Vingroup" (NORP)
    if label in ("ORG", "GPE", "NORP", "FAC") and after_role(span, prev):
        return "PERSON"  # "beats co-founder jimmy iovine", "spokesman Zhao Lijian", "the composer Declan Furey" (FAC)
    if label in ("ORG", "FAC", "GPE", "PRODUCT", "WORK_OF_ART") and appointed_to_office(span):
        return "PERSON"  # "appointed Olayemi Cardoso as governor" (NER: FAC)
    if label in ("ORG", "NORP") and _titled_person(span):
        return "PERSON"  # "King Felipe VI", "Prince Mohammed bin Salman" (NER: ORG)
    if label in ("PERSON", "GPE", "NORP") and after_group_noun(span, prev) or before_party_noun(span, label):
        return "ORG"  # "the band Coldplay" (NER: NORP), "the club Atletico de Madrid", "the Morena party" (PERSON, LOC)
    if label in ("PERSON", "GPE", "LOC", "NORP") and listed_member_of(span, ORG_NOUNS):
        return "ORG"  # "American companies such as reddit and LinkedIn" (NER: reddit GPE)
    if label in ("PERSON", "ORG", "NORP") and listed_member_of(span, SETTLEMENT_NOUNS):
        return "GPE"  # "cities such as Paris and Lyon" (NER: Lyon PERSON)
    if (thing := thing_named(span, prev, label)) is not None:
        return thing  # "the drone Kizilelma" (NER: PERSON), "her album Lotus" (NER: ORG), "Boeing 737 jets" (ORG)
    if label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) >= 2 \
            and prev is not None and prev.lower_ == "the":
        return "ORG"  # "The ACCC took Qantas to court" (NER: PERSON): no person is "the" acronym
    if (label == "ORG" or label == "GPE" and not known_place(span.text)) and given_name_first(span):
        return "PERSON"  # "Louis Paulsen", "Omer Beriziky" (NER: ORG), "the team of Diego Simeone" (GPE)
    if town_mistyped(span, label) or city_of_named_country(span, label):
        return "GPE"  # "Linz" (NER: NORP), "Montevideo" (PRODUCT): a town of the gazetteer, no word; "Rabat"
    if label == "GPE" and text not in country_names():
        if prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES:
            return "PERSON"
        if any(any(c.isupper() for c in t.text[1:]) and not t.text.isupper() for t in span) or league_name(span):
            return "ORG"  # places are not CamelCased (LinkedIn, WeChat) nor leagues ("Primeira Liga", NER: GPE)
        if len(span) >= 3 and span[1].lower_ == "of" and span[0].lower_ in _BODY_OF_WORDS:
            return "ORG"  # "the Embassy of the United States" (NER: GPE): a body of the country
    return label


def _country_name(span: Span, label: str) -> bool:
    """A country's name NER read as a body, a person or a people, not a code ("IND", "Guy", "BA":
    a degree); but a country's conventional short form read as a people is the country ("two
    non-US organisations")."""
    raw = span_text(span)
    text = raw.lower()
    return text in country_names() or (len(raw) > 3 and not raw.isupper() and is_country(raw)) \
        or label == "NORP" and raw.isupper() and text in COUNTRY_EXTRA


def _wire_type(span: Span, label: str) -> str | None:
    """Types news and wire copy give away by the words around a name: a body's last word, a
    people's word before a common noun, the agency of a dateline; None when none applies."""
    last = span_text(span).split()[-1].lower().replace(".", "").replace("/", "") if len(span) >= 2 else ""  # "A/S": 3 tokens
    if label == "PERSON" and (last in _BODY_ENDS and span[-1].text[:1].isupper() or last and span[0].lower_ in BODY_OPENERS) \
            or label == "WORK_OF_ART" and last in LEGAL_FORMS | FOREIGN_FORMS | {"as"} and span[-1].text[:1].isupper():
        return "ORG"  # "Whitehaven Coal", "Constructora Sullana", "Universidad Mayor de San Simón" (NER: PERSON); a
        # legal form after a quote a translation left open (the company "Zeelandia Chemie B.V.; NER: WORK_OF_ART)
    root = span.root
    if label in ("PERSON", "ORG") and len(span) == 1 and span_text(span).lower() in demonyms() \
            and root.dep_ in ("compound", "amod") and root.head.i > root.i \
            and (root.head.pos_ == "NOUN" and root.head.is_lower or root.head.lower_ in ROLE_NOUNS):
        return "NORP"  # "a Moldovan football club" (NER: PERSON), "Kazakh President X" (NER: ORG)
    if label in ("PERSON", "NORP", "GPE") and dateline_agency(span):
        return "ORG"  # "Seoul, 5 March (Yonhap) --" (NER: NORP): the agency
    return None


def after_capital(span: Span) -> bool:
    """A capitalised word or an initial stands right before ``span`` (a name's earlier part), a
    line break between them or not ("K.C." / "Constantine" split over two lines)."""
    k = span.start - 1
    while k >= 0 and span.doc[k].is_space:
        k -= 1
    return k >= 0 and span.doc[k].text[:1].isupper()


def _flows(span: Span) -> bool:
    """``span`` is the subject of "flow" ("The Seine flows through Paris", "which flows into the
    Danube" is read on the relative's antecedent by the parse): a river; or what a river flows,
    drains or empties into ("drains into the Arda"): a river, a lake or a sea."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "into" and root.head.head.pos_ == "VERB":
        return root.head.head.lemma_ in ("flow", "drain", "empty", "discharge")
    return root.dep_ == "nsubj" and root.head.lemma_ == "flow" and root.head.pos_ == "VERB"


def _part_of_a_place(span: Span) -> bool:
    """A place's name and a word that makes it a part or a neighbour of it ("Greater Sydney",
    "Western Sydney", "North Melbourne"): a first word of ``OTHER_PLACE_WORDS`` before a country
    or a city of the gazetteer. No person is named so; the part that is a city alone is not
    enough ("Sydney Smith")."""
    if len(span) < 2 or span[0].lower_ not in OTHER_PLACE_WORDS:
        return False
    rest = span[1:].text.lower()
    return rest in city_names() or rest in country_names()


#: Titles that open a person's name and no body's or place's ("Saint Lucia" is a country).
_OPENING_TITLES = (PERSON_TITLES | NAME_TITLES) - {"saint", "st"}
_REGNAL = re.compile(r"^[IVX]{1,4}$")


def _titled_person(span: Span) -> bool:
    """The name opens with a person's title and ends in a rare word, after it only capitalised
    words and name particles: "King Felipe VI", "Prince Mohammed bin Salman bin Abdulaziz Al
    Saud" (NER: ORG). A body or place named after a titled person ends in an everyday word that
    says what it is ("Queen Elizabeth Hospital", "King Fahd Stadium", "Prince Edward Island") and
    stays as NER typed it; so does "King Charles" (a common first name: the safe side), but not
    "Queen Elizabeth II": a regnal number ends only a ruler's name."""
    if len(span) < 2 or span[0].lower_.rstrip(".") not in _OPENING_TITLES:
        return False
    rest = [t for t in span[1:] if not _REGNAL.match(t.text)]
    if not rest or not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in JOINING_PARTICLES) for t in rest):
        return False
    return not common_word(rest[-1].text) or len(rest) < len(span) - 1 and bool(_REGNAL.match(span[-1].text))


#: Nouns a place's name stands before and a person's does not ("the X region", "the X caves",
#: "the Tora Bora area", "Launceston airport", "the Hobart docks").
_PLACE_AROUND = PLACE_NOUNS - {"capital"} | ADMIN_DIVISION_WORDS | frozenset(
    "caves mountains hills valley area airport docks canton".split())
#: First words of a body named after its country ("Embassy of the United States", "Ministry of
#: Defence of Ukraine"), which NER reads as the country.
_BODY_OF_WORDS = frozenset("embassy consulate ministry government parliament mission office bank".split())
#: Words of going somewhere, before "to" and a city of the gazetteer: "his visit to Toulouse".
_TRAVEL_WORDS = frozenset("visit trip journey flight travel travelled traveled flew moved returned relocated".split())
#: Words that join the places of a list: "Sydney, Brisbane, Launceston and Canberra".
_LIST_WORDS = frozenset({"and", ","})


def _said_a_place(span: Span, person: bool = True) -> bool:
    """The sentence says ``span`` is a place: it is the subject of "is a town/village/…"
    (``_place_class``) or in apposition with such a noun, or the complement of "the suburb/town/…
    of", or before "region"/"caves"/… (``_PLACE_AROUND``: "the Waikato region"). A name NER called
    a person (``person``) also when "located/situated in" follows it or "born/died in/at" comes
    before it ("born at Luster"), and a city of the gazetteer (``city_names``) after
    "in"/"near"/… (``PLACE_PREPS``: "in Mladá Boleslav") or beside other places
    (``_beside_a_place``); a body NER named is not (companies are "located in" and written
    "Acme, Sydney" too). A person called like a city stays a person elsewhere ("Paris Hilton
    said")."""
    root, doc = span.root, span.doc
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            _place_class(c) for c in root.head.children if c.dep_ == "attr"):
        return True  # "Kahului is a census-designated place in Maui County"
    if any(c.dep_ == "appos" and _place_class(c) for c in root.children) or (
            root.dep_ == "appos" and _place_class(root.head) and root.head.i < span.start):
        return True  # "Mladá Boleslav, a town in Bohemia", "the village, Goght"
    if person and root.dep_ == "nsubjpass" and _sited(root.head):
        return True  # "Luster is located in Sogn og Fjordane": where a thing lies, not a person
    if (person or span_text(span).lower() in city_names()) and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS | {"at"} \
            and _life_verb_above(root.head):
        return True  # "born at Luster", "died in Uerdingen", "born in Lyon", "died of a stroke in Lyon" (NER: ORG)
    if person and _life_place(span):
        return True  # "(18 December 1931, Uerdingen – 10 November 1991, Mölln)": where, after when
    if person and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS \
            and norm(span_text(span)) in province_countries():
        return True  # "a dairy of Uberlândia, in Minas Gerais" (NER: PERSON): a state the gazetteer knows
    if root.dep_ == "compound" and root.head.i >= span.end and root.head.lower_ in _PLACE_AROUND:
        return True  # "the Lascaux caves", "the Waikato region": a place's caves, no person's
    if named_by_place_noun(span):
        return True  # "the suburb of Hornsby", "the town of Bohumín", "the provinces of Aleppo, Hama and Latakia"
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "to") and root.head.i == span.start - 1 and span.start >= 2 \
            and doc[span.start - 2].lower_ in COMPASS_WORDS:
        return True  # "north of Wollongong", "west to Toowoomba": only a place lies in a direction
    if root.dep_ == "appos" and root.head.lower_ in PLACE_NOUNS and root.head.pos_ == "NOUN" and root.head.i < span.start:
        return True  # "the Solomon Islands capital, Honiara"
    if span.start and any(c.i == span.start - 1 and c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in PLACE_NOUNS
                          and not (c.lower_ in ADMIN_DIVISION_WORDS and doc[c.i - 1].ent_type_ in ("GPE", "LOC"))
                          for c in root.children):  # not "the akim of Almaty region X": the region's own word
        return True  # "the South Australian capital Adelaide" (the place noun a compound of the name)
    if _listed_with_places(span):
        return True  # "areas around Tamworth, Gunnedah and Quirindi" (NER: GPE, PERSON, PERSON)
    if (person or (len(span) == 1 and not span_text(span).isupper())) and _compass_of_a_place(span):
        return True  # "At Boonah south-west of Brisbane" (NER: PERSON): a person lies in no direction
    if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_ in _DWELL_VERBS \
            and root.head.head.pos_ == "VERB":
        return True  # "He lives in Sapporo" (NER: ORG): one lives in a place, not in a body
    if nearby(span):
        return True  # "left their homes for nearby Mittagong" (NER: PERSON): only a place is nearby
    if (person or (len(span) == 1 and not span_text(span).isupper())) and on_a_coast(span):
        return True  # "towed to St Helens on Tasmania's east coast" (NER: PERSON)
    if hyphened_to_seat(doc, span.end):
        return True  # "Helsinki-born architect", "a Houston-based company": born or based in a place
    if after_place_of_in(span, person):  # NER's person stays one: "Attack in Black, Chad VanGaalen"
        return True  # "based in Jamshedpur, Jharkhand" (NER: ORG): the larger place the first lies in
    if len(span) == 1 and seat_in(span.root) and span.text.lower() in city_names():
        return True  # "based in Tiraspol" (NER: ORG): a body is based in a place
    if person and between_chain_places(span):
        return True  # "a village near Exeter, Devon, England" (NER: PERSON): a county in a place's chain
    if not person or span_text(span).lower() not in city_names():
        return False  # a body NER named is read as a place only when the sentence says so
    if root.dep_ == "pobj" and (root.head.lower_ in PLACE_PREPS
                                or root.head.lower_ == "to" and root.head.head.lower_ in _TRAVEL_WORDS):
        return True  # "in Mladá Boleslav", "his visit to Toulouse" (one writes to a person, visits a town)
    if root.dep_ == "dobj" and root.head.lemma_ in ("visit", "tour") and root.head.pos_ == "VERB":
        return True  # "visited Dushanbe" (NER: PERSON): a city of the gazetteer visited is the city
    if root.dep_ == "pobj" and root.head.lower_ == "between" and any(
            c.dep_ == "conj" and c.ent_type_ != "PERSON" for c in root.children):
        return True  # "between Pirna and Sebnitz", not "between Howard and Beazley"
    return _beside_a_place(span)


def _listed_with_places(span: Span) -> bool:
    """``span`` is one name of a list of three or more right after a preposition of place ("in",
    "around", "at", …) whose first name NER read as a place: "disaster areas in Campbeltown,
    Hornsby, Warringah and Kurringai" (NER: GPE, GPE, ORG, PERSON), "around Tamworth, Gunnedah and
    Quirindi" (GPE, PERSON, PERSON). Small towns no gazetteer holds come so in news, and NER
    types each by its sound. Guards: the list is names, commas and "and"/"or" only ("at Lakefield
    College School in Lakefield, Ontario, McGill University" is no list of places; "born in
    Berthier, Canada East, the son of ... and Sophie Duteau" neither); the name is no acronym and
    does not end in an everyday word ("Atco Records", "McGill University"); two names are not
    enough ("currently in Almafuerte and Rata Blanca", two bands), and another name of the list
    NER called a place must be a city or country of the gazetteer (in "acts such as ..., Attack
    in Black, Chad VanGaalen, Old Man Luedecke" the place NER saw, "Black", is a band's word).
    """
    root, doc = span.root, span.doc
    if len(span) > 3 or not all(t.pos_ == "PROPN" for t in span) or span_text(span).isupper() \
            or (len(span) > 1 and common_word(span[-1].text)):
        return False
    head = root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in PLACE_PREPS | {"at", "across", "throughout"} \
            or head.ent_type_ not in ("GPE", "LOC") or span.start <= head.i < span.end:
        return False
    members, k = [head], 0
    while k < len(members):  # conjuncts hang off the first name or off each other
        members.extend(c for c in members[k].children if c.dep_ == "conj")
        k += 1
    first = min(m.left_edge.i for m in members)
    last = max(m.i for m in members)
    known = {e.text.lower() for e in doc.ents if e.start >= first and e.end <= last + 1 and e.label_ in ("GPE", "LOC")
             and not (e.start < span.end and span.start < e.end)}
    return len(members) >= 3 and root in members and head.head.i == first - 1 and all(
        t.pos_ == "PROPN" or t.text in (",", "-") or t.lower_ in ("and", "or") for t in doc[first:last + 1]) \
        and any(k in city_names() or k in country_names() for k in known)


def _compass_of_a_place(span: Span) -> bool:
    """``span`` is followed by "[,] <direction> of <place>" (``kg.directions``): "At Boonah
    south-west of Brisbane", "Gatton south-west of Brisbane" (NER: ORG). Said of where
    something lies; a person is not written so, nor a body by its one-word name (its site is: "the
    Qantas base south of Sydney"), so a one-word ORG qualifies too, an acronym not."""
    found = direction_after(span.doc, span.end)
    return found is not None and span.doc[found[1]].ent_type_ in ("GPE", "LOC")


#: Class nouns of a place a copula or an apposition may give a name besides ``PLACE_NOUNS``;
#: too general alone ("Smith is in a good place", "a community leader"), so read only with "in"
#: after them ("a census-designated place in Maui County", "an unincorporated community in ...").
_PLACE_CLASS_IN = frozenset("place community locality neighbourhood neighborhood township".split())
#: Verbs whose "in"/"at" names where a life began or ended: a place, not a person.
_LIFE_VERBS = frozenset("bear die".split())


def _life_verb_above(prep: Token) -> bool:
    """``prep`` hangs on "born"/"died", or on the cause after its "of"/"from" ("died of a heart
    attack in Lyon": the parser hangs "in" on the attack, and the death was in Lyon)."""
    head = prep.head
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in ("of", "from"):
        head = head.head.head
    return head.lemma_ in _LIFE_VERBS and head.pos_ in ("VERB", "AUX")


#: Verbs whose "in" says where someone lives ("lives in Sapporo", "settled in Lyon").
_DWELL_VERBS = frozenset("live reside settle dwell".split())
#: Verbs that say where a thing lies ("X is located in Y", "X is situated on the coast").
_SITED_VERBS = frozenset("locate situate".split())


#: What ends a place of a life's dates: the bracket, a comma, the dash to the death date.
_LIFE_PLACE_END = frozenset({")", ",", ";", "–", "-", "—"})


def _life_place(span: Span, depth: int = 0) -> bool:
    """A name inside brackets right after "<date>," (or after such a place and a comma: "Durg,
    Madhya Pradesh") and ended by the bracket, a comma or a dash: the place of a life's dates
    ("(born 5 August 1997, Durg, ...)", "(February 3, 1934, Uerdingen – November 14, 2014,
    Mölln)"); a person there would be followed by a verb ("(on Monday, Howard said ...)")."""
    doc, sent = span.doc, sentence_of(span)
    if span.start < 2 or span.end >= sent.end or doc[span.end].text not in _LIFE_PLACE_END:
        return False
    if doc[span.start - 1].text != ",":
        return False
    if doc[span.start - 2].ent_type_ != "DATE":
        before = [e for e in doc_ents(doc) if e.end == span.start - 1 and e.label_ in ("GPE", "PERSON", "LOC")]
        return depth < 2 and bool(before) and _life_place(before[0], depth + 1)
    opened = [t.text for t in doc[sent.start:span.start] if t.text in "()"]
    return bool(opened) and opened[-1] == "("


def _sited(verb) -> bool:
    """``verb`` is "is/are located/situated in/on/near …" in the present: where a place lies. A
    person found is "was located in bushland" (news), so the past does not count."""
    return verb.lemma_ in _SITED_VERBS and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in ("in", "on", "near") for c in verb.children)


def _place_class(noun) -> bool:
    """``noun`` (or a noun coordinated with it: "an unincorporated community and census-designated
    place in ...") says its name is a place: a ``PLACE_NOUNS`` word, or a ``_PLACE_CLASS_IN`` word
    with "in" after it; a common noun, not a name's word ("City, University of London")."""
    nouns = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    return any(n.pos_ != "PROPN" and (n.lower_ in PLACE_NOUNS or (n.lower_ in _PLACE_CLASS_IN and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in n.children))) for n in nouns)


def _beside_a_place(span: Span) -> bool:
    """A city of the gazetteer joined to a place NER found as in a route ("the Sydney to Hobart
    yacht race", "its Launceston to Melbourne service"), inside a list of places ("Adelaide, Launceston and Canberra": places on both sides), or
    before ", <place>" ("Bohumín, Czech Republic"). One place beside it in a list is not enough ("In Australia, Howard said").
    NER's type of the other names is read, not their case: machine-translated text may write
    "sydney to hobart"."""
    doc = span.doc
    before = doc[span.start - 2:span.start] if span.start >= 2 else None
    after = doc[span.end:span.end + 2]
    place_before = before is not None and before[0].ent_type_ == "GPE"
    place_after = len(after) == 2 and after[1].ent_type_ == "GPE"
    if (place_before and before[1].lower_ == "to") or (place_after and after[0].lower_ == "to"):
        return True
    if place_after and after[0].text == ",":
        return True
    return place_before and place_after and before[1].lower_ in _LIST_WORDS and after[0].lower_ in _LIST_WORDS


#: The last word of a name that says what kind of place it is ("Sacramento Valley", "Saxeten
#: River Gorge", "Western Avenue", "U.S. Route 20"): NER often calls such names ORG, and a name
#: it did not label is guessed ORG. A company's name rarely ends so ("Silicon Valley Bank").
_PLACE_HEADS = {
    **dict.fromkeys("river lake mountain mountains island islands peninsula bay valley creek glacier desert ranges "
                    "forest gorge canyon sea ocean gulf strait coast beach falls hills plateau archipelago shoal reef atoll pass".split(), "LOC"),
    **dict.fromkeys("street avenue road route highway freeway motorway bridge boulevard airport".split(), "FAC"),
    **dict.fromkeys(["national park", "state park", "nature reserve", "forest reserve", "game reserve"], "LOC"),
}


#: Last words of a site's name that NER reads as a person's after a person's first names ("James
#: Webb Space Telescope", "Kennedy Space Center" is NER's FAC already).
_PERSONS_SITE_HEADS = frozenset("telescope observatory stadium arena hospital spaceport".split())


def _place_head(span: Span, person: bool = False) -> str | None:
    """The place type a name's last word gives it (``_PLACE_HEADS``; a division's for a ``person``'s:
    "Rakhine State", not "Islamic State", and for a province the gazetteer knows: "Ebonyi State"),
    for two words or more; a number is part of it ("Route 20")."""
    if len(span) < 2 or not (words := [t for t in span if not t.like_num]):
        return None
    last = words[-1].lower_  # a division's word, or "territory" ("Northern Territory", NER: PERSON)
    known = " ".join(t.lower_ for t in words[:-1]) in province_countries()  # "Ebonyi State" (NER: ORG)
    if person and last in _PERSONS_SITE_HEADS:
        return "FAC"  # "James Webb Space Telescope" (NER: PERSON): no person is named so
    return _PLACE_HEADS.get(last) or (_PLACE_HEADS.get(f"{words[-2].lower_} {last}") if len(words) >= 3 else None) \
        or ("GPE" if (person or known) and last in ADMIN_DIVISION_WORDS | {"territory"} else None)  # "Forest Reserve"


def _doc_type_votes(doc: Doc, original: str) -> dict[str, str]:
    votes: dict[str, Counter[str]] = {}
    for ent, text in zip(doc_ents(doc), doc_ent_texts(doc)):
        if ent.label_ in NODE_TYPES:
            votes.setdefault(text.lower(), Counter())[ent.label_] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def name_types(doc: Doc, original: str, mentions: list[Mention]) -> dict[str, str]:
    """The type of each name NER labelled (its votes), unless kg's evidence retyped a mention of the
    name (origin ``typed``): "the company Sonatrach" (NER: PERSON) makes a bare "Sonatrach" a body."""
    types = _doc_type_votes(doc, original)
    types.update({m.text.lower(): m.type for m in mentions if m.origin == "typed"})
    return types


def _guess_type(span: Span, ner_types: dict[str, str]) -> str:
    """The type of a name NER did not label: what its own sentence says (a holiday inside a
    date, a people, a body named after its country; ``kg.news_kinds``), else the type NER gave
    the same text elsewhere in the document, else a country, a people, a person after a title,
    a place by its last word, else an organisation."""
    text = span.text.lower()
    if holiday(span) or storm_name(span):
        return "EVENT"  # "just before Christmas", "on Boxing Day": NER read a date around it; "Tropical Storm Alberto"
    if body_of_country(span):
        return "ORG"
    if demonym_of_place(span):  # "Kashmiri" beside "Kashmir"
        return "NORP"
    if text in ner_types:  # a country NER read as a people elsewhere ("Uzbekistan", NORP) is a place
        return "GPE" if ner_types[text] == "NORP" and text in country_names() else ner_types[text]
    if text in country_names() or (len(span) == 1 and uncommon_city(span.text) and not span.text.isupper()
                                   and not after_capital(span)):
        return "GPE"  # a city no everyday word or acronym names ("Kyiv Mayor Vitali Klitschko"; not "Florence",
        # "TBS", nor a surname after initials: "K.C. Constantine")
    if len(span) == 1 and text in demonyms():
        return "NORP"  # "the Norwegians", "Armenian": a people, not a body (a language's own name,
        # "Sanskrit", stays: as a people it would give "a Sanskrit play" a nationality)
    prev = span.doc[span.start - 1] if span.start else None
    if prev is not None and person_title(prev.text) or after_role(span, prev) or _titled_person(span):
        return "PERSON"  # "President trump", "City boss Pep Guardiola", "King Harald V"
    if holder_after_body(span) or role_apposition(span):  # "the minister of defence of India Rajnath Singh"
        return "PERSON"
    if _said_a_place(span, person=False):  # "north of Wollongong", "the town of Bohumín"
        return "GPE"
    if scene_place(span):  # "At Nambour, four people were rescued"
        return "GPE"
    return _place_head(span) or place_opener(span) or ("PERSON" if given_name_first(span) else "ORG")

