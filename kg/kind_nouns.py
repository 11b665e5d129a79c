"""Nouns that say what kind of thing the name beside them is, for ``kg.entity_types``: a group
("the band Coldplay"), a made thing ("the drone Kizilelma"), a company ("travel company
Traveland", "Spotify, the streaming service"), a plural a list follows ("companies such as
reddit and LinkedIn"), a thing only a body has ("Kellogg workers"). NER types such names by
their sound; the noun is the sentence's own word for what they are."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.doc_arrays import doc_ent_texts, doc_ents, span_text
from kg.lexicon.big_cities import big_city_countries
from kg.lexicon.countries import city_names, demonyms, is_country, province_countries
from kg.lexicon.english import singular
from kg.lexicon.given_names import given_name
from kg.lexicon.kinds import PARTY_KIND_NOUNS, TITLED_WORKS
from kg.lexicon.words import (BODY_NOUNS, BODY_OWNED_NOUNS, BUSINESS_ENDS, CORPORATE_DESIGNATORS, FACILITY_NOUNS, LEGAL_FORMS,
                              OCCUPATIONS, PERSON_TITLES, PLACE_KINDS, PREFIX_DESIGNATORS, PREFIX_LEGAL_FORMS,
                              REGISTERED_FORMS)
from kg.lexicon.names import norm, registered_name
from kg.news_kinds import PLACE_PREPS
from kg.product_models import model_product
from kg.relations.tokens import list_head, up_conj
from kg.relations.words import ROLE_NOUNS

#: Common nouns for a group of people written right before its name ("the band Coldplay", "the
#: club Atletico de Madrid", "the group Indochine"): the name is a body, whatever NER read.
GROUP_NOUNS = frozenset("band club team group orchestra choir party".split())


#: Lower-case nouns of a made thing that translated and technical news writes before its name
#: ("the drone Kizilelma", "the missile Cirit", "the smartphone Mate 60"): the name is a product.
#: Not "fighter" or "bomber": people too ("the fighter Jones won the bout").
MADE_NOUNS = frozenset("""drone aircraft airliner jet helicopter missile rocket tank ship vessel
    submarine frigate destroyer corvette satellite spacecraft car truck locomotive smartphone processor
    chip vaccine rifle""".split())


def after_group_noun(span: Span, prev, nouns: frozenset[str] = GROUP_NOUNS) -> bool:
    """The name follows a lower-case group noun (``GROUP_NOUNS``, or ``nouns``) in a noun phrase it
    names: "the band Coldplay cancelled …"; not "the party Smith founded" (Smith is its subject's),
    nor a people's word (the group's, put after it: "the group Brazilian Bastos Capital")."""
    if prev is None or prev.lower_ not in nouns or not prev.is_lower or prev.pos_ != "NOUN" or span.text.lower() in demonyms():
        return False
    root = span.root
    return not (root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl" and root.head.head.i == prev.i)




def titled_work(span: Span, prev) -> bool:
    """The name is the title a work noun (``TITLED_WORKS``) right before it gives ("her third studio
    album Duty", "her seventh studio album, Lotus"; NER: ORG), as a group noun gives a band's."""
    if prev is not None and prev.text == "," and span.root.dep_ == "appos" and span.start >= 2:
        prev = span.doc[span.start - 2] if span.root.head.i == span.start - 2 else None
    return after_group_noun(span, prev, TITLED_WORKS)


def thing_named(span: Span, prev, label: str) -> str | None:
    """A made thing's or a work's name by the noun before it, whatever NER read: a product after a
    ``MADE_NOUNS`` noun ("the drone Kizilelma", "the frigate Yavuz", NER: PERSON; no one takes its
    "he"), a work after a ``TITLED_WORKS`` noun ("her album Lotus", NER: ORG; not a person: "the
    film Gandhi"), a maker's model before a made thing's noun ("150 Boeing 737 MAX jets", NER:
    ORG; ``kg.product_models``); else None."""
    if label in ("PERSON", "ORG", "GPE", "NORP") and after_group_noun(span, prev, MADE_NOUNS):
        return "PRODUCT"
    if model_product(span, label):
        return "PRODUCT"  # "150 Boeing 737 MAX jets" (NER: ORG; ``kg.product_models``)
    if label in ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC") and titled_work(span, prev):
        return "WORK_OF_ART"
    return None


#: Kinds of settlement or state a list of names can follow ("cities such as …", "countries including …").
SETTLEMENT_NOUNS = frozenset("city town village country state province region capital municipality port".split())


def listed_member_of(span: Span, nouns: frozenset[str]) -> bool:
    """The name is listed ("such as", "including", "like") after a plural of ``nouns``: "American
    companies such as reddit and LinkedIn" names companies."""
    noun = list_head(up_conj(span.root))
    if noun is None or noun.tag_ != "NNS":
        return False
    return singular(noun.lower_) in nouns


def owns_body_things(span: Span, prev) -> bool:
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


#: What only a listed company has, that "of" names it after ("Shares of Carlsberg fell").
_SHARE_NOUNS = frozenset({"shares", "stock", "stocks"})


def shares_of(span: Span) -> bool:
    """The name is the object of "shares of" or "stock of" ("Shares of Carlsberg fell 3 percent",
    NER: GPE; "Shares of Novo Nordisk rose", NER: PERSON), or of "shares in" as British and
    Australian news writes it ("Shares in Rio Tinto fell", NER: GPE): a company."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("of", "in") and root.head.head.lower_ in _SHARE_NOUNS


#: Nouns for what a company runs, said of it in apposition ("Spotify, the streaming service").
SERVICE_NOUNS = frozenset("service app platform network website site".split())


#: Labels only a noun takes: a body's word the tagger read as an adjective is a noun there.
_NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "appos", "attr"})


def prefix_legal_form(tok: Token) -> bool:
    """``tok`` is a legal form written before a company's name, in capitals ("PT", "JSC", "PJSC";
    ``PREFIX_LEGAL_FORMS``): "Pt" or "ooo" in a sentence are no such form."""
    return tok.lower_ in PREFIX_LEGAL_FORMS and tok.text.isupper()


def _closes_name(form: Token) -> bool:
    """The legal form ``form`` is written after a company's name ("Kaztelecom JSC Aibek Serikov"), a
    capitalised word of the sentence right before it: it ends that name and opens none."""
    return form.i >= 1 and not form.is_sent_start and form.nbor(-1).text[:1].isupper() and form.nbor(-1).is_alpha


def after_body_noun(span: Span, prev) -> bool:
    """The name follows a noun that says it is a company (``BODY_NOUNS``: "travel company
    Traveland", or in apposition: "the travel chain, Traveland"), and is no subject of a clause
    on that noun ("the company Smith founded": Smith founded it); or such a noun, or a service's
    (``SERVICE_NOUNS``), is its apposition ("Spotify, the Swedish streaming service"). The noun
    is read in lower case, as machine translation may write it. A people's word is none ("the
    company's Chinese" is no company). A legal form in capitals before the name says so too ("PT
    Aneka Tambang", "JSC KazMunayGas", NER: PERSON; ``PREFIX_LEGAL_FORMS``)."""
    if any(t is not None and prefix_legal_form(t) and not _closes_name(t)
           for t in (prev, span[0] if len(span) >= 2 else None)):
        return True
    if span_text(span).lower() in demonyms():
        return False
    if any(c.dep_ == "appos" and c.lower_ in BODY_NOUNS | SERVICE_NOUNS and c.pos_ == "NOUN" and c.i > span.end
           for c in span.root.children):
        return True  # "Spotify, the Swedish streaming service" (NER: GPE)
    if prev is not None and prev.text == "," and span.start >= 2 and span.root.dep_ == "appos":
        prev = span.doc[span.start - 2]
        head = span.root.head  # the parser may hang the name on the body ("The spokesman of the company, X")
        if head.i != prev.i and head.lower_ in ROLE_NOUNS or head.i == prev.i and prev.dep_ == "pobj" \
                and prev.head.lower_ == "of" and prev.head.head.lower_ in ROLE_NOUNS:
            return False  # "The general manager of the company, Andrés Villalobos, said": the manager's
    if prev is None or prev.lower_ not in BODY_NOUNS or prev.ent_type_ \
            or prev.pos_ not in ("NOUN", "PROPN") and not (prev.pos_ == "ADJ" and prev.dep_ in _NOMINAL_DEPS):
        return False  # the tagger may read the noun as an adjective where it heads a phrase ("of the conglomerate X")
    root = span.root  # the subject of a clause on the noun, or of the sentence when no such clause
    return not (root.dep_ in ("nsubj", "nsubjpass") and (root.head.dep_ == "relcl" and root.head.head.i == prev.i
                                                          or root.head.i < span.start))


def named_facility(span: Span) -> str | None:
    """The type a facility noun after the name gives it (``FACILITY_NOUNS``), with at most one
    lower-case modifier between ("hydropower", "gas"), when "the" or a body's "its"/"their" opens
    the phrase: "the Kandym field", "its Kloof mine" (NER: PERSON) is a place; not "Smith plant"
    (no article) nor "the Smith family farm", nor "his Smith farm" (a person's)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in ("the", "its", "their"):
        return None
    for i in (span.end, span.end + 1):
        if i >= len(doc) or not doc[i].is_lower or not doc[i].is_alpha:
            return None
        if doc[i].lower_ in FACILITY_NOUNS and doc[i].pos_ == "NOUN" and doc[i].tag_ == "NN":
            return FACILITY_NOUNS[doc[i].lower_]
    return None


#: Offices only a company has, written between its name and the holder's ("Baykar chairman Selcuk
#: Bayraktar", "Leonardo CEO Roberto Cingolani"): not "president", "coach" or "mayor", which a
#: country, a team or a town has too ("Kyiv Mayor Vitali Klitschko").
COMPANY_OFFICES = frozenset("""chairman chairwoman ceo cfo coo cto founder founders co-founder co-founders cofounder
    cofounders""".split())
_OFFICE_PARTS = frozenset("chief executive officer financial operating technology co".split())


def company_of_office(span: Span) -> bool:
    """The name comes right before a company's office (``COMPANY_OFFICES``, or "chief executive
    [officer]") and the holder's name NER found after it: "Baykar chairman Selcuk Bayraktar"
    (NER: PERSON for both) names the company first; so does its possessive ("Lumora's chief
    executive, Asha Patel"); so does such an office's "of", or a list after it, for a one-word name
    ("the chief executive of Tesla and SpaceX", "the founder of Zalando": NER: PERSON; not the
    holder run on after the body, "the chairman of Kaztelecom Aibek Serikov")."""
    if len(span) == 1 and _office_of_company(span.root) \
            and not any(c.dep_ == "compound" and c.i < span.start for c in span.root.children):
        return True
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1  # "Lumora's chief executive, Asha Patel"
    words, start = [], i
    while i < len(doc) and i - start < 3 and (doc[i].lower_ in COMPANY_OFFICES or doc[i].lower_ in _OFFICE_PARTS):
        words.append(doc[i].lower_)
        i += 1
        if words[-1] == "co" and i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_:
            words[-1], i = "co-" + doc[i + 1].lower_, i + 2  # "co-founder", cut in three by the tokenizer
    company = any(w in COMPANY_OFFICES for w in words) or words[:2] == ["chief", "executive"]
    if company and i + 1 < len(doc) and doc[i].text == "," and start > span.end:
        i += 1  # set off by a comma after the possessive only ("Baykar chairman, X" is a list's)
        while i < len(doc) and i - start < 8 and doc[i].lower_ in _OFFICE_PARTS | COMPANY_OFFICES:
            i += 1  # "Lumora's co-founders, chief executive Asha Patel and ..."
    return company and i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"


def _office_of_company(root: Token) -> bool:
    """``root`` (or the list it is a later member of) is the object of a company office's "of"."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    office = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return office is not None and office.pos_ == "NOUN" and (office.lower_ in COMPANY_OFFICES or office.lower_ in (
        "executive", "officer") and any(c.lower_ == "chief" for c in office.children))


def named_by_place_noun(span: Span, place_nouns: frozenset[str] = PLACE_KINDS) -> bool:
    """``span``, or a later name of the list it opens, is what a place noun's "of" names: "the
    suburb of Hornsby", "the town of Bohumín", "the provinces of Aleppo, Hama and Latakia" (NER:
    NORP, PERSON), "the civil parishes of Holme Abbey and Holme St. Cuthbert"; or a name of a list
    a plural place noun closes ("Shizuoka, Aichi, Gifu and Mie prefectures")."""
    doc, top = span.doc, up_conj(span.root)
    text = span_text(span)  # "the state of Puebla", "the state of Minas Gerais": one the gazetteers know
    known = text.lower() in city_names() or norm(text) in province_countries()
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and _place_noun(doc[span.start - 2], place_nouns, known):
        return True  # right after "<place noun> of", however the parser hung the list
    if _listed_before_places(span, place_nouns):
        return True
    if top.dep_ != "pobj" or top.head.lower_ != "of":
        return False
    noun = top.head.head
    if top.i == span.root.i and _name_before(span, top.head.i):
        return False  # "the municipality of Alcalá de Henares Ernesto Villar Cuesta": the noun names the first name
    return noun.i < span.start and _place_noun(noun, place_nouns, known)


def _name_before(span: Span, of: int) -> bool:
    """Another name stands between the "of" at token ``of`` and ``span``, which the parser hung
    there as one phrase: a name NER typed otherwise ("Alcalá de Henares", ORG, before NER's
    ``Villar Cuesta``), or any word before a span that opens on a given name ("Chubut" before
    ``Mariano Arcioni``, cut from NER's one PERSON): the place noun names the first of the two.
    A piece joined by a hyphen is no second name ("Mazar-e-" + "Sharif")."""
    doc = span.doc
    between = [t for t in doc[of + 1:span.start] if t.lower_ != "the"]
    return bool(between) and bool(doc[span.start - 1].whitespace_) and (
        any(t.ent_type_ not in ("", span.root.ent_type_) for t in between) or given_name(span[0].text))


def _place_noun(noun: Token, place_nouns: frozenset[str], known: bool = False) -> bool:
    """A common noun for a kind of place, singular or plural; "state" only with a people or a
    country before it ("the Mexican state of Puebla"; not "a member state of the African Union",
    "the state of Catholicism"), or before a name the gazetteer knows (``known``), or bare and
    plural before its list ("the states of Tamil Nadu and Kerala"; not "the member states of …"),
    or where something is ("in the state of Minas Gerais", NER: ORG: things lie in a state, not in
    a condition of a body)."""
    kind = singular(noun.lower_)
    if noun.pos_ != "NOUN" or kind not in place_nouns:
        return False
    return kind != "state" or known or any(
        c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE") for c in noun.children) \
        or noun.lower_ == "states" and not any(c.dep_ in ("amod", "compound", "nmod") for c in noun.children) \
        or noun.lower_ == "state" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "across", "throughout")


_LIST_JOINERS = frozenset({",", "and", "or", "&"})


def _listed_before_places(span: Span, place_nouns: frozenset[str]) -> bool:
    """``span`` is one name of a list (names, commas, "and") that a plural place noun closes:
    "Coconino, Kaibab and Prescott counties" (NER: LOC, PERSON, ORG)."""
    doc = span.doc
    joined = span.start > 0 and doc[span.start - 1].lower_ in _LIST_JOINERS
    for t in doc[span.end:span.end + 16]:
        if t.tag_ == "NNS" and t.pos_ == "NOUN":
            return joined and singular(t.lower_) in place_nouns
        if t.lower_ in _LIST_JOINERS:
            joined = True
        elif not (t.pos_ == "PROPN" and t.text[:1].isupper()):
            return False
    return False


#: Entity types (or none: a capitalised word no model named) a capitalised class noun after "a"
#: is taken for; a people's word or a person ("a Democrat", "a Smith") stays.
_CLASS_NOUN_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", ""})
#: Class nouns a writer capitalises after "a": kinds of place and of occupation ("a Zone", "a
#: Municipality", "an Advocate"). A name after "a" is no everyday class noun ("a Europe on the
#: verge of war", "a Japan-Manchukuo union").
_CLASS_NOUNS = PLACE_KINDS | BODY_NOUNS | OCCUPATIONS | frozenset({"zone", "area", "advocate"})


def capitalised_class_noun(span: Span) -> bool:
    """A capitalised class noun heading a phrase after "a" or "an": "is a Zone in the Ethiopian
    Amhara Region", "became an Advocate": the writer's capital, no name (``kg.junk``; a name after
    "a" is followed by its noun or a hyphen: "a Ford truck", "a Book-of-the-Month Club selection")."""
    doc, tok = span.doc, span[0]
    nxt = doc[span.end] if span.end < len(doc) else None
    return span.label_ in _CLASS_NOUN_TYPES and span.start >= 1 and doc[span.start - 1].lower_ in ("a", "an") \
        and tok.is_title and tok.lower_ in _CLASS_NOUNS \
        and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN") and nxt.text not in ("-", "‐", "–"))


#: Words a company's full name adds after the name it goes by: lines of business, legal forms and
#: designators ("Savanna Holdings PLC", "Northern Cordillera Resources Ltd.").
_COMPANY_TAIL = BUSINESS_ENDS | CORPORATE_DESIGNATORS | REGISTERED_FORMS | LEGAL_FORMS


def company_short_form(span: Span) -> bool:
    """A name NER read as a place that the document also writes as an organisation's full name
    followed only by words of a line of business or a legal form: the company's short name
    ("Savanna shares fell 9%" beside "Savanna Holdings PLC"; "Northern Cordillera, which is
    headquartered in Toronto" beside "Northern Cordillera Resources Ltd."). Not a country, a
    people, a country's state or province ("Iowa" beside "Iowa Telecom") or a city of
    ``BIG_CITY`` people ("Nairobi" beside "Nairobi Securities Exchange"), nor a name a place
    noun's "of" gives ("the town of Vapi" beside "Vapi Remedies Ltd") or a preposition of place
    ("student housing in Dunedin" beside "Dunedin Holdings Ltd"). A registered name (ending in a legal
    form, after any prefix such as "PT") may have any words after the short one, when the short
    name is no city of the gazetteer ("Kencana" beside "PT Kencana Investama Tbk"); and the first
    part of a hyphened organisation's name ("Sibanye" beside "Sibanye-Stillwater"), no city either."""
    text = span_text(span)
    lower = text.lower()
    root = span.root
    if is_country(text) or lower in demonyms() or lower in province_countries() or lower in big_city_countries() \
            or named_by_place_noun(span) or root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return False
    short = lower.split()
    for ent, name in zip(doc_ents(span.doc), doc_ent_texts(span.doc)):
        words = name.lower().replace(",", " ").split()
        words = words[1:] if words and words[0] in PREFIX_DESIGNATORS else words  # "PT Kencana Investama Tbk"
        if words[:len(short)] != short or len(words) == len(short):
            continue
        if registered_name(name) and lower not in city_names():  # whatever NER typed it (no person's name
            return True  # ends in a legal form): "President of Kencana" beside "PT Kencana Investama Tbk"
        if ent.label_ == "ORG" and all(w.rstrip(".") in _COMPANY_TAIL for w in words[len(short):]):
            return True
    return len(short) == 1 and lower not in city_names() and any(  # "Sibanye" beside "Sibanye-Stillwater"
        ent.label_ == "ORG" and " " not in name and name.lower().split("-")[0] == lower and name.count("-") == 1
        for ent, name in zip(doc_ents(span.doc), doc_ent_texts(span.doc)))



def before_party_noun(span: Span, label: str) -> bool:
    """The name, which NER read as a person or a place (``label``), modifies a lower-case party
    noun right after it ("the ruling Morena party", NER: LOC; "of the Batkivshchyna faction", NER:
    PERSON): it names the party. Not a people's word ("the Kurdish party": whose)."""
    doc = span.doc
    if label not in ("PERSON", "LOC") or span.end >= len(doc) or span_text(span).lower() in demonyms():
        return False
    noun = doc[span.end]
    return (noun.lower_ in PARTY_KIND_NOUNS and noun.is_lower and noun.pos_ == "NOUN"
            and span.root.dep_ in ("compound", "nmod") and span.root.head.i == noun.i)
