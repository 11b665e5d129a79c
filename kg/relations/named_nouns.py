"""Common nouns that stand for the name they carry, for ``kg.relations.arguments``: "the Navoi
region" is Navoi, "the Turkish Airlines company" is Turkish Airlines, "the Akkuyu nuclear power
plant" is Akkuyu, "a satellite named Starshine 2" is Starshine 2. A verb's argument written as
such a noun is the name's (``Arguments.one``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.lexicon.countries import demonyms, is_country
from kg.lexicon.english import singular
from kg.lexicon.kinds import PARTY_KIND_NOUNS
from kg.lexicon.names import norm
from kg.lexicon.words import ENVOY_NOUNS, FACILITY_NOUNS, NAMING_PLACE_NOUNS
from kg.relations.pronoun_kinds import definite
from kg.relations.words import MODEL_NOUNS, ORG_NOUNS, PLACE_KIND_NOUNS

if TYPE_CHECKING:
    from kg.relations.arguments import Arguments

#: Bodies other than companies that a name of their own stands before ("the MAPAR party", "the
#: Fyllingen club", "the Reuters agency"): the name's, as for ``ORG_NOUNS``, here only (``the
#: party`` alone may be a celebration, so these are no antecedent nouns).
BODY_KIND_NOUNS = frozenset("""party faction bloc club band agency union alliance coalition movement organisation
    organization association federation league newspaper magazine label exchange""".split())

#: Kinds of body a translated genitive names by "of": "the company of Rift Logistics Limited" (Swahili
#: "kampuni ya"), "the party of Orange Democratic Movement", "the club of Benfica" are those bodies.
#: Not kinds whose "of" names a member or an owner ("the association of Spanish banks", "the
#: newspaper of the ANC", "an agency of the UN", "the coalition of the ANC").
GENITIVE_KINDS = frozenset("company firm corporation conglomerate party club band organisation organization".split())

#: Participles that give a thing its name ("a bomb called the Daisy Cutter").
CALLING = frozenset({"called", "named", "dubbed", "nicknamed", "codenamed", "titled", "entitled", "known"})
#: Nouns for another name that "known by the ..." gives ("a man known by the alias Gonzalito").
ALIAS_NOUNS = frozenset("alias nickname name moniker pseudonym nom".split())


def named_kind(args: Arguments, t: Token) -> int | None:
    """``the Turkish Airlines company``, ``Gazprom company`` (translated news), ``the MAPAR party``,
    ``the Navoi region``, ``the Akkuyu nuclear power plant``: a singular organisation, place or
    facility noun (``ORG_NOUNS``, ``BODY_KIND_NOUNS``, ``PLACE_KIND_NOUNS``,
    ``kg.kind_nouns.FACILITY_NOUNS``) that a name of its kind
    modifies stands for it; not ``a Gazprom company`` (one of its) nor ``the Gazprom companies``;
    but a made thing's noun, counted or not, stands for the model its product name gives ("150
    Boeing 737 MAX jets", ``MODEL_NOUNS``).
    A facility's noun may have adjectives of its own ("nuclear"); a company's may not ("the last
    Intel platform" is one of Intel's)."""
    low = t.lower_
    if singular(low) in MODEL_NOUNS:  # "ordered 150 Boeing 737 MAX jets": units of the model, counted
        models = {m for c in t.children if c.dep_ in ("compound", "nmod", "nummod") and c.i < t.i
                  and (m := args.ent(c)) is not None and args.mentions[m].type == "PRODUCT"}
        return next(iter(models)) if len(models) == 1 else None
    if low in GENITIVE_KINDS and (named := _of_kind(args, t)) is not None:
        return named
    if low in NAMING_PLACE_NOUNS and (named := place_of_name(args, t)) is not None:
        return named
    types = ("ORG",) if low in ORG_NOUNS or low in BODY_KIND_NOUNS else ("GPE", "LOC") if low in PLACE_KIND_NOUNS \
        else ("FAC", "LOC") if low in FACILITY_NOUNS else ()
    own = ("nummod", "poss") if "FAC" in types or low in PARTY_KIND_NOUNS else ("amod", "nummod", "poss")
    if not types or t.tag_ != "NN" or any(
            c.dep_ == "det" and c.lower_ != "the" or c.dep_ in own or c.lower_ == "of" and _names(args, c)
            for c in t.children):
        return None  # nor "the last Intel platform" (one of Intel's), "the U.S. state of Montana"; but "the
        # Pahuatlán municipality of the state of Puebla" is Pahuatlán
    names = [args.ent(c) for c in t.children if c.dep_ in ("compound", "nmod") and c.i < t.i]
    names = [m for m in names if m is not None and args.mentions[m].type in types]
    return names[0] if len(names) == 1 else None


def place_of_name(args: Arguments, noun: Token) -> int | None:
    """``the village of Goodooga``, ``the Sicilian province of Agrigento``, ``the department of Norte
    de Santander``: a definite place noun (``NAMING_PLACE_NOUNS``) with no word of its own but "the",
    a country's or a people's name and "of" right after it stands for the one place "of" names;
    not "the second largest city of Estonia" (a city in it), "the capital of France" (not a naming
    noun), "the Outaouais region of Quebec" (Outaouais) nor "the villages of A and B". A conjunct
    is read on its own ("the province of Saskatchewan and the state of Montana")."""
    if noun.lower_ not in NAMING_PLACE_NOUNS or noun.tag_ != "NN" or not definite(noun):
        return None
    if not all(c.dep_ in ("det", "prep", "cc", "conj", "punct") or _country_word(c) for c in noun.children):
        return None  # "the Outaouais region of Quebec" is Outaouais
    mi = _named_by_of(args, noun)
    return mi if mi is not None and args.mentions[mi].type in ("GPE", "LOC", "ORG") else None


def _country_word(tok: Token) -> bool:
    """A people's word or a country's name before a place noun ("the Canadian province of",
    "the U.S. state of"): whose the place is, not its own name."""
    return tok.dep_ in ("amod", "compound", "nmod") and (tok.ent_type_ == "NORP" or is_country(tok.text))


def _of_kind(args: Arguments, t: Token) -> int | None:
    """``the party of Orange Democratic Movement``: a definite kind noun with no word of its own but
    "the" and prepositions, the first "of" right after it with a body's name for its object; not
    "the parent company of X" (another body), "a company of X" (one of its), "the party of Lincoln"
    (a person's)."""
    if t.tag_ != "NN" or any(c.dep_ not in ("det", "prep") or c.dep_ == "det" and c.lower_ != "the" for c in t.children):
        return None
    if not any(c.dep_ == "det" for c in t.children):
        return None
    mi = _named_by_of(args, t)
    return mi if mi is not None and args.mentions[mi].type == "ORG" else None


def _named_by_of(args: Arguments, noun: Token) -> int | None:
    """The one name, not a list's, that the first preposition of ``noun`` names when it is "of"
    right after the noun ("the party of X", "the village of X")."""
    of = next((c for c in noun.children if c.dep_ == "prep"), None)
    if of is None or of.lower_ != "of" or of.i != noun.i + 1:
        return None
    objs = [o for o in of.children if o.dep_ == "pobj"]
    return args.ent(objs[0]) if len(objs) == 1 and not any(c.dep_ == "conj" for c in objs[0].children) else None


def _names(args: Arguments, prep: Token) -> bool:
    """A preposition's object is a name (or a list of them)."""
    return any(args.ent(o) is not None for o in prep.children if o.dep_ == "pobj")


def called_name(args: Arguments, t: Token) -> int | None:
    """``dropped a bomb called the Daisy Cutter``, ``deployed a satellite named Starshine
    2``, ``a man known as "El Viejo"``: a common noun stands for the name a participle of naming
    gives it (``CALLING``)."""
    if t.pos_ != "NOUN":
        return None
    for c in t.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in CALLING:
            for o in (c.children if c.lower_ != "known" else _known_as(c)):
                if o.dep_ in ("oprd", "attr", "dobj", "pobj", "appos") and args.ent(o) is not None:
                    return args.ent(o)
    return None


def _known_as(known: Token) -> list[Token]:
    """What "known" names: the object of its "as" ("a group known as the Islamic State") or the
    name set beside an alias noun after its "by" ("a man known by the alias 'El Viejo'")."""
    words = [o for p in known.children if p.dep_ in ("prep", "agent") and p.lower_ == "as" for o in p.children]
    aliases = [o for p in known.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
               for o in p.children if o.dep_ == "pobj" and o.lower_ in ALIAS_NOUNS]
    return words + [c for o in aliases for c in o.children if c.dep_ == "appos"]


def envoys_of(args: Arguments, t: Token) -> int | None:
    """``a delegation of TotalEnergies``, ``a delegation from Japan``, ``executives of Toyota``: a
    noun for the people a body sends (``ENVOY_NOUNS``) stands for the one organisation or country
    its "of" (a delegation's "from" too) names, a delegation with none for the person who leads it
    ("received a delegation led by Christian Bruch"). Translated diplomatic news writes most meetings so;
    an office stays a person's ("the head of X" is no body)."""
    if t.lower_ not in ENVOY_NOUNS or t.pos_ != "NOUN":
        return None
    preps = ("of", "from") if t.lower_.startswith("delegation") else ("of",)
    named = [m for p in t.children if p.dep_ == "prep" and p.lower_ in preps
             for o in p.children if o.dep_ == "pobj" for m in args.one(o, pronouns=False).mentions]
    named = [m for m in named if args.mentions[m].type in ("ORG", "GPE")]  # "of French company X" too
    if not named and t.lower_.startswith("delegation"):  # "received a delegation led by X": X's
        named = [m for v in t.children if v.dep_ == "acl" and v.lemma_ in ("lead", "head")
                 for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                 for m in args.one(o, pronouns=False).mentions if args.mentions[m].type == "PERSON"]
    return named[0] if len(named) == 1 else None


#: Types of the name a government noun stands for ("the US government", "the Biden administration").
_GOVERNING = frozenset({"GPE", "ORG", "PERSON"})


def government_of(args: Arguments, noun: Token) -> int | None:
    """The name a government noun (``GOVERNMENT_NOUNS``) stands for: the country, body or person
    before it ("the US government", "the Biden administration") or after its "of" ("the government
    of Argentina", "the authorities of Mexico"), or a country's people before it ("the Argentine
    government", "the Chinese side": translated news speaks so)."""
    for c in noun.children:
        mi = args.ent(c)
        if mi is None:
            continue
        kind = args.mentions[mi].type
        if c.dep_ in ("compound", "nmod", "poss", "amod") and (
                kind in _GOVERNING or kind == "NORP" and norm(args.mentions[mi].text) in demonyms()):
            return mi
    for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for q in (q for q in p.children if q.dep_ == "pobj"):
            mi = args.ent(q)
            if mi is not None and args.mentions[mi].type == "GPE":
                return mi
    return None
