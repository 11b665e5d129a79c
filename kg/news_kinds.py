"""Three kinds of news names NER mistypes, read from the sentence and the name's own words
(``kg.entity_types`` asks): a holiday, a people, a body named after its country.

* A **holiday** ("Christmas", "Boxing Day", "Ramadan") is a run of proper nouns NER reads inside
  a DATE ("just before Christmas"): it is kept as a name (``kg.junk.part_of_time``) and NER gave it
  no name type, so it was guessed an organisation. It names a recurring event.
* A **people** NER left unlabelled ("Kashmiri groups" beside "Kashmir") was guessed an
  organisation: a name that is a place the document or a country's name plus a demonym ending
  ("Kashmir" + "i", "New Zealand" + "er"). NER's own label is not overruled, and a people noun
  after the name ("the Ute people") is not read: so typed, "Urguti people" and "the Ute people"
  lost the edges Re-DocRED's annotators drew for them as bodies (measured).
* A **body named after its country** ("Soccer Australia", "Energy Australia", "Nutrition
  Australia") is a common noun before a country's name: NER reads it a person or a place. The
  noun is one WordNet knows only as a noun: an adjective before a country names the country in a
  period or a part of it ("Western Australia", "Nazi Germany", "Imperial Japan").

Besides, signals a news sentence gives of a place or a person (``kg.entity_types`` asks): a
town after "nearby" or before "on the south coast", a town NER took for a people after "near", a natural place's first word ("Mt Kembla"),
a person's age set off by commas ("Marat Safin, 21,"), the subject of "born" (``born_subject``),
the scene a sentence opens on ("At Nambour, four people were rescued": ``scene_place``). A headline's names: ``kg.headlines``.

No list of names: the gazetteer (pycountry), the document's own places and WordNet decide.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span

from kg.doc_arrays import doc_ents, sentence_of, span_text
from kg.lexicon.countries import (big_city_names, city_countries, city_names, country_codes, country_names, demonyms,
                                  is_country, province_countries, uncommon_city)
from kg.lexicon.given_names import given_name
from kg.lexicon.english import singular, word_classes
from kg.lexicon.frequency import common_word
from kg.lexicon.kinds import GOVERNMENT_WORDS, LEGISLATURE_WORDS, POLITICAL_WORDS, RELIGION_WORDS
from kg.lexicon.names import norm
from kg.lexicon.words import (CALENDAR_WORDS, FACILITY_NOUNS, INSTITUTION_HEADS, ORG_SUFFIXES, PERSON_TITLES,
                              SHIP_PREFIXES)

#: Demonym endings added to a place's whole name: "Kashmiri(s)", "New Zealander(s)", "Chicagoan(s)".
_ENDINGS = ("is", "i", "ers", "er", "ans", "an", "ites", "ite")
#: Nouns that qualify a country as a part of it, not as a body: "Mainland China", "Outback Australia".
_PART_NOUNS = frozenset({"mainland", "outback", "island", "coast", "interior"})


def holiday(span: Span) -> bool:
    """NER read every word of the name inside a date ("before Christmas", "on Boxing Day"), and
    the name is a holiday's short one (up to three words, no function word) that no number of
    the date comes before: in "the January 4-6 South Asian Association for Regional Cooperation
    summit" NER's date ran on over a body's name."""
    doc = span.doc
    if not 1 <= len(span) <= 3 or any(t.ent_type_ != "DATE" or t.is_stop or t.is_upper for t in span):
        return False  # an acronym is no holiday: "the 2003–04 CBA season"
    if any(t.lower_.rstrip(".") in CALENDAR_WORDS for t in span):
        return False  # a month or a day, written short too: "ISTANBUL, Nov 12 (Anadolu)"
    if span.start and doc[span.start - 1].lower_ in ("a", "an", "the"):
        return False  # "a Depression-era marathon", "the Depression": an era, no holiday
    i = span.start - 1
    while i >= 0 and doc[i].ent_type_ == "DATE" and doc[i].ent_iob_ != "O":
        if doc[i].like_num or any(ch.isdigit() for ch in doc[i].text):
            return False
        if doc[i].ent_iob_ == "B":
            break
        i -= 1
    return True


def _places(doc: Doc) -> frozenset[str]:
    """Lower-cased names NER read as places in the document (read once a document)."""
    key = "kg_news_kinds_places"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(e.text.lower().removeprefix("the ") for e in doc_ents(doc)
                                       if e.label_ in ("GPE", "LOC"))
    return doc.user_data[key]


def demonym_of_place(span: Span) -> bool:
    """The name is a known place's name with a demonym ending ("Kashmiri" beside "Kashmir", "New
    Zealander"): the place a country or one NER found in the document, of four letters or more
    (a gazetteer's towns are too many: "Porter" is no people of "Port")."""
    text = span.text.lower()
    if not span[-1].is_alpha:
        return False
    places = country_names() | _places(span.doc)
    return any(text.endswith(e) and len(text) - len(e) >= 4 and text[:-len(e)] in places
               and text not in places for e in _ENDINGS)


def body_of_country(span: Span) -> bool:
    """Common nouns or a brand before a country's name: "Soccer Australia", "Energy Australia",
    "Airtel Tanzania", "MTN Nigeria". Each word before the country is a WordNet noun and no
    adjective ("Western Australia", "Nazi Germany" stay places) nor a word for a part of a country
    ("Mainland China"), or a capitalised word of no dictionary that no town nor people bears (a
    brand's: "Airtel"; not "Kigoma Tanzania", a town and its country written without a comma)."""
    words = [t.lower_ for t in span]
    if len(words) < 2 or span_text(span).lower() in country_names():
        return False
    classes = word_classes()
    nouns, adjectives = classes["noun"], classes["adj"]
    for k in range(1, len(words)):
        if " ".join(words[k:]) in country_names():
            lead = [w for part in words[:k] for w in part.split("-") if w]
            return bool(lead) and all(w.isalpha() and w in nouns and w not in adjectives and w not in _PART_NOUNS
                                      or _brand_word(w, span[0].text, classes) for w in lead)
    return False


def _brand_word(word: str, written: str, classes: dict[str, frozenset[str]]) -> bool:
    """A capitalised word of no WordNet class that names no town nor people ("Airtel", "MTN"), nor a
    ship's prefix ("USS Israel" is a ship named after a person)."""
    return word.isalpha() and written[:1].isupper() and not any(word in c for c in classes.values()) \
        and word not in city_names() and word not in demonyms() and not common_word(word) and word not in SHIP_PREFIXES


def people_named_body(span: Span) -> bool:
    """A name NER read as a people (NORP) that ends in a word of no dictionary that is no people's:
    "Saudi Aramco", "Qatari Diar" are bodies; "Bosnian Serbs", "Roman Catholic", "Native
    Americans", "Sri Lankans" are peoples, and "Belgian TMF" a people's and an acronym's name."""
    last = span[-1]
    return len(span) >= 2 and last.is_alpha and last.text[:1].isupper() and not last.is_upper \
        and norm(span.text) not in demonyms() \
        and last.lower_ not in demonyms() and singular(last.lower_) not in demonyms() \
        and not any(w in words for w in {last.lower_, singular(last.lower_)} for words in word_classes().values()) \
        and not common_word(last.text)


#: A league's word at a name's end ("Primeira Liga", "Premier League") or, in other languages, its
#: start ("Liga Portugal", "Ligue 1"): no place is named so (a "Division" may be: Fiji's "Western Division").
_LEAGUE_STARTS = frozenset({"liga", "ligue", "lega"})
_LEAGUE_ENDS = _LEAGUE_STARTS | {"league", "premiership"}


def league_name(span: Span) -> bool:
    """A name of two words or more that a league's word ends or, in other languages, opens."""
    return len(span) >= 2 and (span[-1].lower_ in _LEAGUE_ENDS or span[0].lower_ in _LEAGUE_STARTS)


def born_subject(span: Span, label: str) -> bool:
    """``span`` is the subject of a clause opened by "Born in/on …," ("Born in Lagos, Adebayo
    moved …") or, a name NER read as a place or a people of no word the gazetteer knows, of "was
    born in/on" ("Dewi, who served as …, was born in Surabaya"; not "Modern Singapore was born in
    1819", nor a body: "Apple was born in a garage"): only a person is born."""
    root, head = span.root, span.root.head
    if root.dep_ == "nsubjpass" and label != "ORG" and head.lower_ == "born" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "on", "at") for c in head.children):
        return not any(is_country(w.text) or w.lower_ in city_names() or w.lower_ in demonyms() for w in span)
    return root.dep_ == "nsubj" and any(c.dep_ == "advcl" and c.lower_ == "born" and c.i < span.start for c in head.children)


def age_apposition(span: Span, place_heads: Container[str] = ()) -> bool:
    """The name of two or three capitalised words is followed by ", <age>," (a bare number from 1 to
    119 set off by commas): "Arnaud Clement, 24, (18th)", "Mary Smith, 45, of Hornsby". News gives
    a person's age so; a body's founding year has four digits, and a one-word name may be a team
    or a place given a score or a count ("Australia, 24, ..."), so it is not read (a double-barrelled
    surname is: "Bankman-Fried, 32,"), nor a name
    holding a word of a body's or a place's name ("Acme Group", "Bondi Beach": ``ORG_SUFFIXES``,
    ``place_heads``)."""
    doc, i = span.doc, span.end
    words = [t for t in span if not (t.text == "-" and not t.whitespace_ and t.i > span.start and not doc[t.i - 1].whitespace_)]
    hyphened = len(words) == 2 and len(span) == 3  # "Bankman-Fried, 32,": a double-barrelled surname
    if not (2 <= len(span) <= 3 and len(words) == len(span) or hyphened) \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    if any(t.lower_ in ORG_SUFFIXES or t.lower_ in place_heads for t in span):
        return False
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text != ",":
        return False
    age = doc[i + 1]
    return age.is_digit and 1 <= int(age.text) < 120 and not age.text.startswith("0")


#: Adjectives of nearness written before a name ("nearby Mittagong", "neighbouring Pakistan"): said
#: of a place only, as news writes where people went or came from.
_NEAR_WORDS = frozenset("nearby neighbouring neighboring".split())


def nearby(span: Span) -> bool:
    """``span`` is right after "nearby"/"neighbouring" (``_NEAR_WORDS``), which modifies it: "a nurse
    from nearby Millicent", "fled to neighbouring Pakistan". A person or a body is not "nearby";
    "the nearby Qantas base" is read as the base's (the adjective then modifies the noun after the
    name, not the name), and so is "the nearby Tomb of the Unknown Soldier": a town's name takes no
    article, a building's does."""
    doc = span.doc
    if not span.start or doc[span.start - 1].lower_ not in _NEAR_WORDS:
        return False
    if span.start >= 2 and doc[span.start - 2].pos_ == "DET":
        return False
    near = doc[span.start - 1]
    return near.head.i == span.root.i and near.dep_ == "amod"


#: Prepositions a city's name follows as a place ("in Mladá Boleslav", "around Kandahar", "near
#: Ballarat"); not those a person follows too: "wrote to Florence", "a swipe at Howard", "talks
#: between Howard and Beazley" (``kg.entity_types`` reads "between" with what it joins).
PLACE_PREPS = frozenset("in near around outside".split())


def people_unknown_where(span: Span) -> bool:
    """``span`` (NER: NORP, a people) is no people, religion or party kg knows (``demonyms``,
    ``RELIGION_WORDS``, ``POLITICAL_WORDS``), a word WordNet does not know, the object of
    "in"/"near"/"around"/"outside": a town NER took for a people by its sound ("a timber mill near
    Ballarat"). A people after those is one kg knows ("written in Ukrainian", "in Islam"). A
    province of the gazetteer there is a place even when WordNet knows its name ("farmers in
    Punjab": no people is called so, "Punjabi" is)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in PLACE_PREPS or root.head.i != span.start - 1:
        return False
    if span.text.lower() in demonyms():
        return False
    if norm(span.text) in province_countries():
        return True
    known = (demonyms(), RELIGION_WORDS, POLITICAL_WORDS, *word_classes().values())
    return not any(t.lower_ in words for t in span for words in known)


def town_mistyped(span: Span, label: str) -> bool:
    """A town of the gazetteer, whose name is no everyday word nor a given name, that NER typed a
    people, a product, a facility or a work ("Linz": NORP, "Montevideo": PRODUCT; not "Eugene", of
    Savoy). Not a person, a body or an event: a surname, a club, a tournament may be named so
    ("won Wimbledon"); but two provinces coordinated are places whatever NER typed them, and so is
    a town NER typed a body where a verb's or a facility's "in" names it, or a province of two words
    or more (one word may be a body's short name: "Victoria")."""
    if label in ("PERSON", "ORG", "WORK_OF_ART") and _paired_provinces(span):
        return True  # "a network across Sarawak and Sabah" (NER: WORK_OF_ART, PERSON): two provinces
    if label == "ORG" and _where_a_verb_happens(span) and norm(span.text) in province_countries() \
            and len(span) >= 2:
        return True  # "launched from the Satish Dhawan Space Centre in Andhra Pradesh" (NER: ORG)
    return (label in ("NORP", "PRODUCT", "FAC", "WORK_OF_ART") or label == "ORG" and _where_a_verb_happens(span)) \
        and uncommon_city(span.text) and span.text.lower() not in demonyms() and not given_name(span.text)


def city_of_named_country(span: Span, label: str) -> bool:
    """One word NER typed a person that is a large city of a country the document names, and no
    given name nor the last word of a person's name the document writes ("France offered its help
    to Rabat" in a story on Morocco, NER: PERSON): a news story names a country's capital for its
    government. Not "Santos" beside "Juan Manuel Santos", not "Sofia" (a given name)."""
    if label != "PERSON" or len(span) != 1 or span.text.lower() not in big_city_names() or given_name(span.text):
        return False
    countries = city_countries().get(span.text.lower(), ())
    ents = doc_ents(span.doc)
    if any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == span.text for e in ents):
        return False
    return any(e.label_ == "GPE" and country_codes().get(norm(e.text)) in countries for e in ents)


#: Last words of a named site NER may call a body ("the Satish Dhawan Space Centre in Andhra
#: Pradesh"): what stands "in" it is a place.
_SITE_ENDS = frozenset("centre center base station airport port plant factory complex".split())
#: Common nouns for a site a body opens or runs somewhere ("a second production site in Geelong", "a
#: new plant in Geelong", "the UNAM main campus in Cuernavaca"): their "in" names a place, never a body.
_SITE_NOUNS = frozenset(FACILITY_NOUNS) | frozenset(
    "site campus office offices headquarters branch warehouse facility store shop".split())
#: Heads of a school's name whose "at" names the town it stands in ("the Naval Academy at Annapolis").
_CAMPUS_HEADS = frozenset("academy university college school institute seminary conservatory".split())


def _where_a_verb_happens(span: Span) -> bool:
    """The name is the object of a verb's "in" ("Shares of Vestas rose 4 percent in Copenhagen",
    NER: ORG), or of a named facility's ("at the Groupama Stadium in Décines-Charpieu", or a site's
    NER read as a body: "the Satish Dhawan Space Centre in Sriharikota"), or of a school's "at"
    ("the United States Naval Academy at Annapolis"), or of a site's common noun ("a new plant in
    Geelong", ``_SITE_NOUNS``): where something happens or stands, not a body (a stake "in" a
    company hangs on its noun)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
        return False
    site = root.head.head
    if root.head.lower_ == "at":  # "the United States Naval Academy at Annapolis": a school's campus town
        return site.ent_type_ == "ORG" and site.lower_ in _CAMPUS_HEADS and site.i < root.head.i
    return site.pos_ == "VERB" or site.ent_type_ == "FAC" or site.ent_type_ == "ORG" and site.lower_ in _SITE_ENDS \
        or site.pos_ == "NOUN" and not site.ent_type_ and site.lower_ in _SITE_NOUNS


def _paired_provinces(span: Span) -> bool:
    """``span`` and the name it is coordinated with ("Sarawak and Sabah") are one word each and
    provinces of one country in the gazetteer (``province_countries``): two regions, whatever NER
    typed them ("Sabah" is a given name too; "Victoria and Alberta" are no one country's)."""
    root = span.root
    other = root.head if root.dep_ == "conj" else next((c for c in root.children if c.dep_ == "conj"), None)
    if other is None or len(span) != 1 or not other.text[:1].isupper():
        return False
    provinces = province_countries()
    return bool(set(provinces.get(span[0].lower_, ())) & set(provinces.get(other.lower_, ())))


#: Nouns for a stretch of land or water's edge that "on the ... of" places a town on: "Huskisson on
#: the far south coast", "Lady Barron on the southern end of Flinders Island".
_EDGE_NOUNS = frozenset("coast coastline shore shores edge end tip outskirts fringe fringes banks bank border".split())


def on_a_coast(span: Span) -> bool:
    """``span`` is followed (after a comma or not) by "on the <…> coast/shore/edge/end/outskirts…"
    (``_EDGE_NOUNS``), the preposition hanging on the name or on what the name is the object of:
    "St Helens on Tasmania's east coast", "Shellharbour, on the south coast of New South Wales",
    "Alei Sinai and Nitzanit, on the northern edge of the Gaza Strip". Where a town lies; a person
    is not written so ("Smith on the issue", "Howard on the front foot": no edge noun)."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) - 2 or doc[i].lower_ != "on":
        return False
    obj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
    return obj is not None and obj.lower_ in _EDGE_NOUNS and obj.i <= i + 6 and not any(
        t.pos_ in ("VERB", "AUX") for t in doc[i + 1:obj.i])


#: The first word of a name that says it is a natural place ("Mount Wanniassa", "Mt Kembla", "Lake
#: Eyre", "Cape York"): no person's or body's name opens so, and NER reads the rare word after it
#: as a surname or a company ("Mt Kembla", NER: PERSON). Not "Port" nor "Fort" ("Port Adelaide"
#: is also a football club, "Fort Knox" a depository), nor "Saint" ("Saint Laurent"). "River Plate",
#: a club, stays: an everyday word follows (``place_opener``).
_PLACE_OPENERS = dict.fromkeys("mount mt lake cape river".split(), "LOC")
#: First words of a division's name written before it ("County Mayo", "County Durham", Ireland's and
#: Britain's counties): two words, whatever the second (a county may be named by an everyday word:
#: "County Cork", "County Down"); "County Durham Council" is the council's name, left to NER.
_DIVISION_OPENERS = dict.fromkeys(["county"], "GPE")
#: Words after "County" that make it a body's name ("County Council", "County Government", "County Court").
_BODY_WORDS = INSTITUTION_HEADS | LEGISLATURE_WORDS | GOVERNMENT_WORDS


def place_opener(span: Span) -> str | None:
    """The place type a name's own first word gives it (``_PLACE_OPENERS``), before capitalised
    rare words: "Mt Kembla", "Mount Wanniassa"; not before an everyday word. "County Mayo" is a
    division (``_DIVISION_OPENERS``). Read after what the sentence says ("the city of Mt Gambier"
    is a town, GPE)."""
    first = span[0].lower_.rstrip(".")
    if len(span) == 2 and first in _DIVISION_OPENERS and span[0].text[0].isupper() and span[1].text[:1].isupper() \
            and span[1].is_alpha and span[1].lower_ not in _BODY_WORDS:  # not "County Council"
        return _DIVISION_OPENERS[first]
    if len(span) < 2 or first not in _PLACE_OPENERS or not span[0].text[:1].isupper() \
            or not span[1].text[:1].isupper() or not span[1].is_alpha:
        return None
    if any(common_word(t.text) for t in span[1:]):
        return None  # "Mount Sinai Medical Center", "Mount Isa Mines": a body named after the place
    return _PLACE_OPENERS[first]


#: Verbs that put a person in an office named after "as": "appointed Olayemi Cardoso as governor".
_APPOINT_VERBS = frozenset("appoint name elect nominate reappoint designate".split())


def appointed_to_office(span: Span) -> bool:
    """``span`` is the object of "appoint"/"name"/"elect"… whose "as" names an office a person
    holds (``PERSON_TITLES``: "as governor of the Central Bank"): a person, whatever NER read
    ("Olayemi Cardoso", NER: FAC). A body appointed "as auditor" or "as partner" is not read."""
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in _APPOINT_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" and o.lower_ in PERSON_TITLES
                                                              for o in c.children) for c in verb.children)


#: Prepositions that open a news sentence on where it happened: "At Nambour, …", "In Corowa, …".
_SCENE_PREPS = frozenset("at in outside near".split())


def scene_place(span: Span) -> bool:
    """A name NER did not label that opens its sentence after a preposition of place, set off by
    a comma before the clause ("At Nambour, four people were rescued", "In Corowa, delegates
    adopted …"): news sets a scene so, and the scene is a place. One or two proper nouns, not an
    acronym ("At ANZ, workers …" names a bank) nor a doctrine ("In Evangelicalism, worship is
    viewed …": English names a doctrine with "-ism", no place). NER's PERSON gives way to it (no person sets a
    scene), its ORG does not ("At Qantas, workers …"); a longer name is read by its own words
    (``kg.entity_types._place_head``)."""
    doc = span.doc
    first = sentence_of(span).start
    while first < span.start and (doc[first].is_quote or doc[first].is_space):
        first += 1
    return (first == span.start - 1 and doc[first].lower_ in _SCENE_PREPS and len(span) <= 2
            and span.end < sentence_of(span).end and doc[span.end].text == ","
            and all(t.pos_ == "PROPN" and not t.is_upper for t in span) and not span[-1].lower_.endswith("ism"))


#: Nouns for who lives in a place, whose "of" names the place ("a resident of Chhindwara").
_RESIDENT_NOUNS = frozenset({"resident", "residents", "native", "natives", "inhabitant", "inhabitants"})


def residence_of(span: Span) -> bool:
    """``span`` is the object of "of" right after a noun for who lives somewhere ("a resident of
    Chhindwara in Madhya Pradesh", NER: PERSON; "natives of Oaxaca"): one lives in a place, so it is one.
    Only the whole object (not "a resident of Mr Smith's street")."""
    root = span.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ == "of" and prep.i == span.start - 1
            and prep.head.lower_ in _RESIDENT_NOUNS and prep.head.i == prep.i - 1)
