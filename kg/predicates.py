"""Typed relations: map an edge's rule and phrase to a predicate of kg's vocabulary.

The vocabulary is data (``kg/data/predicates.yaml``, documented there): each predicate has a name,
a label, a Wikidata property where one exists, its inverse, the entity types it allows at either
end, and *cues*: verb lemmas, role/event nouns and prepositions. The mapping keys on those words, not
on whole phrases, so a phrase no rule has produced before ("co-founded", "former chief executive
officer of") still finds its type; the entity types then guard it (citizenship only PERSON →
country or nationality, headquarters only ORG → place), and an edge that fits no predicate is
``other``.

A relation rule may also *declare* its predicate (``Triple.predicate``): the declaration wins over
the cues, the type guards still apply.

>>> classify("born in", "prep", node_types("PERSON", "Ada Lovelace"), node_types("GPE", "London")).wikidata
'P19'
>>> classify("global ceo of", "as_role", {"PERSON"}, {"ORG"}).name
'chief_executive_of'
>>> classify("born in", "prep", {"NORP"}, {"GPE"}) is None  # a nationality is not born
True
>>> classify("born in", "prep", {"ORG"}, {"GPE"}).name  # but a name NER called an ORG may be
'place_of_birth'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from kg import datafiles
# re-exported: callers find the tables that type names in kg.predicates
from kg.lexicon.kinds import (  # noqa: F401
    AWARD_WORDS, CONFLICT_WORDS, CONTINENTS, COUNCIL_KINDS, DIVISION_WORDS, GOVERNMENT_WORDS,
    INSTITUTION_WORDS, LABEL_WORDS, LEAGUE_WORDS, LEGISLATURE_CHAMBERS, LEGISLATURE_WORDS, PARTY_HEADS,
    PARTY_QUALIFIERS, POLITICAL_WORDS,
    RANGE_WORDS, RELIGION_BODIES, RELIGION_QUALIFIERS, RELIGION_WORDS, SEA_WORDS, WATER_WORDS,
)

OTHER = "other"
#: Rules whose phrase starts with a verb (``sold``, ``crack down on``, ``stored data in``).
VERB_RULES = frozenset({"svo", "passive", "prep", "prep_part", "object_prep", "object_owner", "subject_owner"})
#: Rules whose phrase is a noun with its preposition (``ceo of``, ``acquisition of``).
NOUN_RULES = frozenset({"appos", "title", "possessive", "copula", "nominal", "as_role", "existential", "opener",
                        "office_given", "owned_site", "quoted_title", "hit_for"})
#: Noun rules whose head is not what the noun names but its owner or agent (``X's acquisition of
#: Y``, ``X's backup server in Y``): a noun cue must spell out its noun for them (``* in`` cannot).
OWNER_RULES = frozenset({"nominal", "existential", "owned_site"})
#: ``X became/remained the capital of Y``: the copula's verb is no part of the relation's kind.
COPULA_VERBS = frozenset({"become", "became", "remain", "remained", "becomes", "remains"})
#: Support verbs: ``conducted an investigation into X`` states what the noun says, so a verb cue
#: starting with ``*`` (``* investigation into``) takes one of these as its verb. A content verb
#: (``stopped the acquisition of X``) is a relation of its own and never reads through its object.
SUPPORT_VERBS = frozenset(
    """make complete conduct carry launch open file bring impose announce finalize finalise close
    seal sign hold have start begin initiate lodge issue place level slap enter strike form
    pursue undertake do take reach agree give hand deliver levy start""".split()
)


@dataclass(frozen=True)
class Cue:
    """One cue: a sequence of word sets, ``None`` for ``*`` (any words, possibly none)."""

    parts: tuple[frozenset[str] | None, ...]

    @property
    def weight(self) -> int:
        """Literal words: the more a cue spells out, the more specific it is."""
        return sum(p is not None for p in self.parts)

    def matches(self, words: list[str]) -> bool:
        return _match(self.parts, tuple(words))


@dataclass(frozen=True)
class Predicate:
    """A row of the vocabulary (``kg/data/predicates.yaml``)."""

    name: str
    label: str
    wikidata: str | None
    wikidata_inverse: str | None
    inverse: str | None
    head: frozenset[str]
    tail: frozenset[str]
    verbs: tuple[Cue, ...]
    nouns: tuple[Cue, ...]
    rules: frozenset[str]
    examples: tuple[dict[str, Any], ...]
    order: int
    spelled: tuple[str, str] = ("", "")  # head and tail types as the table writes them (groups kept)

    def fits(self, head_types: Iterable[str], tail_types: Iterable[str]) -> bool:
        """The type guard: both ends have an allowed type."""
        return bool(self.head & set(head_types)) and bool(self.tail & set(tail_types))

    def attributes(self, *, negated: bool = False) -> dict[str, str]:
        """The attributes it gives an edge: ``predicate`` and, unless the statement is denied, the
        ``wikidata`` and ``wikidata_inverse`` ids it has."""
        out = {"predicate": self.name}
        if not negated and self.wikidata:
            out["wikidata"] = self.wikidata
        if not negated and self.wikidata_inverse:
            out["wikidata_inverse"] = self.wikidata_inverse
        return out


def _match(parts: tuple[frozenset[str] | None, ...], words: tuple[str, ...]) -> bool:
    if not parts:
        return not words
    first, rest = parts[0], parts[1:]
    if first is None:  # "*": try every split, the empty one too
        return any(_match(rest, words[i:]) for i in range(len(words) + 1))
    return bool(words) and words[0] in first and _match(rest, words[1:])


def parse_cue(text: str, irregular: dict[str, list[str]] | None = None) -> Cue:
    """``"ceo/boss of/at"`` -> ({ceo, boss}, {of, at}); ``*`` -> any words. With ``irregular`` (a
    verb cue) the first word stands for every form of its verbs, and a first ``*`` for every form
    of a support verb."""
    words = str(text).lower().split()
    parts: list[frozenset[str] | None] = [None if w == "*" else frozenset(w.split("/")) for w in words]
    if irregular is not None and words:
        lemmas = SUPPORT_VERBS if words[0] == "*" else parts[0] or frozenset()
        parts[0] = frozenset().union(*(verb_forms(v, irregular) for v in lemmas))
    return Cue(tuple(parts))


def _types(names: Iterable[str], groups: dict[str, list[str]]) -> frozenset[str]:
    out: set[str] = set()
    for n in names:
        out.update(groups.get(n, [n]))
    return frozenset(out)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[Predicate, ...]:
    """The predicates of ``kg/data/predicates.yaml``, in table order."""
    data = datafiles.table("predicates.yaml")
    groups = data.get("types", {})
    irregular = data.get("irregular_verbs", {})
    out = []
    for i, p in enumerate(data["predicates"]):
        out.append(Predicate(
            name=p["name"], label=p["label"], wikidata=p.get("wikidata"),
            wikidata_inverse=p.get("wikidata_inverse"), inverse=p.get("inverse"),
            head=_types(p["head"], groups), tail=_types(p["tail"], groups),
            verbs=tuple(parse_cue(c, irregular) for c in p.get("verbs") or ()),
            nouns=tuple(parse_cue(c) for c in p.get("nouns") or ()),
            rules=frozenset(p.get("rules") or ()), examples=tuple(p.get("examples") or ()), order=i,
            spelled=(", ".join(p["head"]), ", ".join(p["tail"])),
        ))
    return tuple(out)


@lru_cache(maxsize=1)
def by_name() -> dict[str, Predicate]:
    return {p.name: p for p in vocabulary()}


def verb_forms(lemma: str, irregular: dict[str, list[str]]) -> frozenset[str]:
    """Every form of a verb: regular -s/-ed/-ing (a final consonant doubled or not: both are
    listed, a form no text uses costs nothing) and the irregular ones of the table.

    >>> sorted(verb_forms("criticise", {}))
    ['criticise', 'criticised', 'criticises', 'criticising']
    >>> "born" in verb_forms("bear", {"bear": ["bore", "born", "borne"]})
    True
    """
    l = lemma
    out = {l, *irregular.get(l, ())}
    if l.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(l + "es")
    elif re.search(r"[^aeiou]y$", l):
        out.add(l[:-1] + "ies")
    else:
        out.add(l + "s")
    if l.endswith("ee"):
        out |= {l + "d", l + "ing"}
    elif l.endswith("ie"):
        out |= {l + "d", l[:-2] + "ying"}
    elif l.endswith("e"):
        out |= {l + "d", l[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", l):
        out |= {l[:-1] + "ied", l + "ing"}
    else:
        out |= {l + "ed", l + "ing"}
        if re.search(r"[^aeiou][aeiou][^aeiouwxy]$", l):  # ban -> banned, star -> starred
            out |= {l + l[-1] + "ed", l + l[-1] + "ing"}
    return frozenset(out)


#: Continents whose name, after a compass word, names a region of countries ("Southeast Asia");
#: not Australia, whose "Western Australia" is a state.
CONTINENT_WORDS = frozenset({"africa", "asia", "europe", "america", "americas", "oceania", "eurasia"})


def _party(type_: str, words: list[str]) -> bool:
    """A party's name (lower-cased ``words``): "the Labour Party"; a people named by a political
    word ("a Republican", "elected as a Democrat": its members); a body named by its one political
    word ("Labour Leader Keir Starmer", NER: ORG); or a body whose head, the word before its first
    "for" or "of" or its last, is a party's other kind word (``PARTY_HEADS``) with a political word
    in the name ("Democratic Alliance for Wananchi Nationwide", "People's Progressive Movement")."""
    if type_ in ("ORG", "NORP") and words[-1:] == ["party"] or type_ == "NORP" and POLITICAL_WORDS & set(words):
        return True
    if type_ != "ORG" or not words:
        return False
    cut = next((k for k, w in enumerate(words) if w in ("for", "of")), len(words))
    words = [w.removesuffix("'s") for w in words]
    return len(words) == 1 and words[0] in POLITICAL_WORDS or 0 < cut and words[cut - 1] in PARTY_HEADS \
        and bool((POLITICAL_WORDS | PARTY_QUALIFIERS) & set(words))


@lru_cache(maxsize=65536)
def node_types(type_: str, label: str = "") -> frozenset[str]:
    """A node's type plus the refinements the vocabulary guards on: COUNTRY (a GPE that is a
    country), CONTINENT, REGION (a part of a continent that is no country: "Southeast Asia",
    "Western Europe"; not "Western Australia", a state), PARTY (``_party``), AWARD (a
    name ending in Award, Prize, Medal…), RELIGION (a group or organisation named by a religion
    word), NATIONALITY (a NORP that is neither a religion nor a political group), WATER (a place
    named as a river, lake, sea…), RANGE (a place named as a mountain range: "Ellsworth
    Mountains", "Sentinel Range"), DIVISION (a place named as an administrative division:
    "Aydın Province", "Albany County"), SEA (a place named as a sea or an ocean: "Aegean Sea"),
    CONFLICT (an event, or a name NER typed otherwise ending on War(s), named as a war, battle…), LABEL
    (an organisation named as a record label: "Epic Records", "Polar Music"), GOVERNMENT (an
    organisation named as a national government body: "Norwegian Government", "Australian
    Parliament"), LEGISLATURE (one named as a legislature, a chamber or a council: "Congress",
    "House of Commons", "Dublin City Council"), INSTITUTION (one named as a university, a
    college, an academy, an institute or a hospital: "University of Alberta") and LEAGUE (one of
    two words or more named as a league or a division: "Premier League", "Scottish Second
    Division"), FULL_NAME (a person's name opening on a given name: "Sophie Duteau", no place).

    >>> sorted(node_types("NORP", "American")), sorted(node_types("NORP", "Catholic"))
    (['NATIONALITY', 'NORP'], ['NORP', 'RELIGION'])
    >>> sorted(node_types("NORP", "Roman")), sorted(node_types("ORG", "Roman Catholic"))
    (['NATIONALITY', 'NORP'], ['ORG', 'RELIGION'])
    """
    out = {type_}
    low = " ".join(label.lower().split())
    if low.startswith("the "):
        low = low[4:]
    if type_ in ("GPE", "LOC", "NORP"):
        from kg.lexicon.continents import continents
        from kg.lexicon.countries import country_named, people_adjective
        from kg.lexicon.regions import continental_people

        country = country_named(label) if type_ == "GPE" else None
        # Antarctica has an ISO code but no people and no continent of its own: a continent only
        # ("a glacier in Antarctica" is P30, not P17); Australia is both a country and one
        if country and not (low in CONTINENTS and country not in continents()):
            out.add("COUNTRY")
        if low in CONTINENTS or type_ == "NORP" and continental_people(label):  # "South American"
            out.add("CONTINENT")
        elif " " in low and low.split()[-1] in CONTINENT_WORDS and not (country or country_named(label)):
            out.add("REGION")  # "Southeast Asia", "West Africa": a region of countries, inside none
    words = low.split()
    last = words[-1:]
    if type_ == "PERSON" and len(words) >= 2 and _given_name_first(label):
        out.add("FULL_NAME")  # "Sophie Duteau": a person's, whatever a phrase says of it (``implied_types``)
    if _party(type_, words):
        out.add("PARTY")
    if (type_ == "NORP" and RELIGION_WORDS & set(words)) or (type_ in ("ORG", "NORP") and words and (
            (set(words) <= RELIGION_WORDS | RELIGION_QUALIFIERS and RELIGION_WORDS & set(words)) or (words[-1] in RELIGION_BODIES and RELIGION_WORDS & set(words)))):
        out.add("RELIGION")
    if type_ in ("LOC", "GPE", "FAC") and words and (words[-1] in WATER_WORDS or words[0] in ("lake", "river")):
        out.add("WATER")
    if type_ in ("LOC", "GPE", "FAC") and last and last[0] in RANGE_WORDS:
        out.add("RANGE")
    if type_ in ("LOC", "GPE") and len(words) > 1 and words[-1] in DIVISION_WORDS:
        out.add("DIVISION")
    if type_ in ("LOC", "GPE", "FAC") and len(words) > 1 and words[-1] in SEA_WORDS:
        out.add("SEA")
    war = len(words) > 1 and (last[0] in ("war", "wars") or len(words) > 2 and words[0] in CONFLICT_WORDS and words[1] == "of")
    if type_ == "EVENT" and CONFLICT_WORDS & set(words) or type_ in ("ORG", "WORK_OF_ART", "FAC") and war:
        out.add("CONFLICT")  # NER calls "the Napoleonic Wars", "the Battle of Midway" an organisation
    if type_ == "NORP" and not (RELIGION_WORDS | POLITICAL_WORDS | {"party"}) & set(words):
        out.add("NATIONALITY")  # "American", "Chinese": what nationality adjectives name
    elif type_ in ("GPE", "LOC") and len(words) == 1 and "COUNTRY" not in out and people_adjective(low):
        out.add("NATIONALITY")  # "an Angolan sport shooter", "a Slovak footballer": NER took the adjective for a place
    if type_ != "EVENT" and (last and last[0] in AWARD_WORDS or low.startswith(("order of ", "hall of fame"))):
        out.add("AWARD")  # NER calls awards anything: WORK_OF_ART, ORG, PERSON, FAC
    if type_ == "ORG" and last and last[0] in LABEL_WORDS:
        out.add("LABEL")
    if type_ == "ORG" and len(words) > 1 and last[0] in LEAGUE_WORDS:
        out.add("LEAGUE")
    council_ok = last != ["council"] or len(words) < 3 or words[-2] in COUNCIL_KINDS  # a place's council
    if type_ == "ORG" and last and (last[0] in LEGISLATURE_WORDS and council_ok or low.endswith(LEGISLATURE_CHAMBERS)):
        out.add("LEGISLATURE")
    if type_ == "ORG" and last and (last[0] in GOVERNMENT_WORDS or low.endswith(LEGISLATURE_CHAMBERS)):
        out.add("GOVERNMENT")
    if type_ == "ORG" and INSTITUTION_WORDS & set(words):
        out.add("INSTITUTION")
    return frozenset(out)


def _phrase(relation: str, rule: str) -> tuple[list[str] | None, list[str] | None]:
    """The phrase as a verb cue sees it and as a noun cue sees it."""
    words = relation.lower().split()
    if not words:
        return None, None
    verbal = words
    if rule in VERB_RULES:
        return verbal, None
    if rule in NOUN_RULES:
        if rule == "copula" and len(words) > 1 and words[0] in COPULA_VERBS:
            words = words[1:]
        if len(words) > 3 and words[-1] in ("at", "for") and "of" in words[1:-2]:
            words = [*words[:words.index("of", 1)], words[-1]]  # "head of research at": a head at the body
        return None, words
    return verbal, words  # a rule this module does not know yet: either reading


def classify(relation: str, rule: str, head_types: Iterable[str], tail_types: Iterable[str],
             declared: str | None = None) -> Predicate | None:
    """The predicate of an edge, or ``None`` (``other``) when no predicate fits its types.

    ``rule`` may carry a suffix (``svo+antecedent``). ``declared``: the predicate a relation rule
    stated for the edge; it wins when its types fit.
    """
    return _classify(relation, rule, frozenset(head_types), frozenset(tail_types), declared)


@lru_cache(maxsize=65536)
def _classify(relation: str, rule: str, head_types: frozenset[str], tail_types: frozenset[str],
              declared: str | None) -> Predicate | None:
    """``classify`` on hashable arguments, memoised: a corpus repeats its phrases and types."""
    if not declared:
        head_types, tail_types = implied_types(relation, rule, head_types, tail_types)
    # a nationality adjective stands for a country only where a rule says so (rules: nationality)
    cue_tails = tail_types - {"NATIONALITY"}
    if declared:
        p = by_name().get(declared)
        return p if p is not None and p.fits(head_types, tail_types) else None
    base = rule.split("+", 1)[0]
    verbal, nominal = _phrase(relation, base)
    best: tuple[int, int] | None = None
    found: Predicate | None = None
    for p in vocabulary():
        if not p.fits(head_types, tail_types):
            continue
        weight = 100 if base in p.rules else 0
        if p.fits(head_types, cue_tails):
            weight = max(weight, _cue_weight(p, verbal, nominal, base))
        if weight and (best is None or (weight, -p.order) > best):
            best, found = (weight, -p.order), p
    return found


@lru_cache(maxsize=1)
def _implied_table() -> dict[str, Any]:
    """``implied_types`` of the table, verbs expanded to all their forms."""
    data = datafiles.table("predicates.yaml")
    raw, irregular = data.get("implied_types") or {}, data.get("irregular_verbs", {})
    out: dict[str, Any] = {"name_types": frozenset(raw.get("name_types") or ())}
    for key in ("head_nouns", "tail_nouns", "rules"):
        out[key] = {t: frozenset(words) for t, words in (raw.get(key) or {}).items()}
    for key in ("head_verbs", "tail_verbs", "object_verbs"):
        out[key] = {t: frozenset().union(*(verb_forms(v, irregular) for v in verbs))
                    for t, verbs in (raw.get(key) or {}).items()}
    return out


def _given_name_first(label: str) -> bool:
    """A name whose first word is one of Faker's given names ("Sophie Duteau"; the list alone, not
    ``given_name``, whose English word classes would load spaCy on a rebuild from the cache)."""
    from kg.lexicon.given_names import given_names

    return label.split()[0] in given_names()


def implied_types(relation: str, rule: str, head_types: frozenset[str],
                  tail_types: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The ends' types plus what the phrase says they are (``implied_types`` in the table): a
    name NER typed as another kind of name gains the kind its edge's phrase names.

    >>> sorted(implied_types("town in", "appos", frozenset({"PERSON"}), frozenset({"GPE"}))[0])
    ['GPE', 'PERSON']
    >>> sorted(implied_types("politician in", "appos", frozenset({"PERSON"}), frozenset({"GPE"}))[0])
    ['PERSON']
    """
    table = _implied_table()
    base = rule.split("+", 1)[0]
    verbal, nominal = _phrase(relation, base)
    head_add: set[str] = set()
    tail_add: set[str] = set()
    for t, rules in table["rules"].items():
        if base in rules:
            head_add.add(t)
            tail_add.add(t)
    if nominal and base not in OWNER_RULES:
        noun = nominal[-2] if len(nominal) > 1 and nominal[-1] in _PREPOSITIONS else nominal[-1]
        with_prep = " ".join(nominal[-2:])  # "town in": a tail noun may name its preposition too
        head_add.update(t for t, nouns in table["head_nouns"].items() if noun in nouns)
        tail_add.update(t for t, nouns in table["tail_nouns"].items() if noun in nouns or with_prep in nouns)
    if verbal:
        head_add.update(t for t, verbs in table["head_verbs"].items() if verbal[0] in verbs)
        tail_add.update(t for t, verbs in table["tail_verbs"].items() if verbal[0] in verbs)
        if len(verbal) == 1 and "PERSON" not in tail_types:  # "wrote Y", "Y was directed by X"
            tail_add.update(t for t, verbs in table["object_verbs"].items() if verbal[0] in verbs)
    names = table["name_types"]
    if head_add and head_types & names:
        head_types = head_types | _refined(head_add)
    if "PERSON" in tail_types:  # "Clancy's character Jack Ryan": a person named so is its author
        tail_add.discard("WORK_OF_ART")
    if "FULL_NAME" in tail_types:  # "born in Berthier, the son of X, and Sophie Duteau": no birthplace
        tail_add.discard("GPE")
    if tail_add and tail_types & names:
        tail_types = tail_types | _refined(tail_add)
    return head_types, tail_types


@lru_cache(maxsize=4096)  # the table never changes in a process; asked 5,000 times at 300 stories
def noun_kind(noun: str, kinds: tuple[str, ...] = ("PERSON", "WORK_OF_ART")) -> str | None:
    """The kind of name a describing noun says its name is (``head_nouns`` of ``implied_types``:
    "skier" PERSON, "album" WORK_OF_ART) among ``kinds`` (by default the two NER most often gets
    wrong; ``Elbląg County`` … ``the county`` asks for places too); or None.
    >>> noun_kind("skier"), noun_kind("album"), noun_kind("company"), noun_kind("county", ("GPE",))
    ('PERSON', 'WORK_OF_ART', None, 'GPE')
    """
    nouns = _implied_table()["head_nouns"]
    return next((k for k in kinds if noun in nouns.get(k, ())), None)


#: Prepositions ending a noun-led phrase (``album of``, ``town in``).
_PREPOSITIONS = frozenset("of in at by for from on near with to into within".split())


def _refined(types: set[str]) -> frozenset[str]:
    return frozenset(types)


def _cue_weight(p: Predicate, verbal: list[str] | None, nominal: list[str] | None, rule: str) -> int:
    """The weight of the most specific cue of ``p`` the phrase matches (0: none)."""
    weight = 0
    if verbal is not None:
        weight = max([weight, *(c.weight for c in p.verbs if c.matches(verbal))])
    if nominal is not None:
        weight = max([weight, *(c.weight for c in p.nouns if _suffix(c).matches(nominal)
                                and (c.parts[0] is not None or rule not in OWNER_RULES))])
    return weight


@lru_cache(maxsize=None)
def _suffix(cue: Cue) -> Cue:
    """A noun cue matches the end of the phrase: ``ceo of`` in ``global ceo of``."""
    return Cue((None, *cue.parts))


def edge_attributes(relation: str, rule: str, head_types: Iterable[str], tail_types: Iterable[str],
                    *, declared: str | None = None, negated: bool = False) -> dict[str, str]:
    """``predicate`` and, where the predicate has one, ``wikidata`` or ``wikidata_inverse``.

    A denied statement ("was not born in X") keeps its predicate (the kind of claim) but states no
    Wikidata property: it is not a fact to join with Wikidata.
    """
    p = classify(relation, rule, head_types, tail_types, declared)
    return {"predicate": OTHER} if p is None else p.attributes(negated=negated)


def type_groups() -> dict[str, list[str]]:
    """The groups of entity types the table uses (``PLACE`` = GPE, LOC, FAC …)."""
    return dict(datafiles.table("predicates.yaml").get("types", {}))


def markdown_table() -> str:
    """The vocabulary as the README's table (a test keeps the README equal to this)."""
    groups = "; ".join(f"{k} = {', '.join(v)}" for k, v in type_groups().items())
    lines = [f"Type groups: {groups}. COUNTRY, CONTINENT, PARTY, AWARD, RELIGION, NATIONALITY, WATER, "
             "RANGE, DIVISION, SEA, CONFLICT, LABEL, GOVERNMENT, LEGISLATURE, INSTITUTION and LEAGUE refine types by name (`kg.predicates.node_types`).", "",
             "| predicate | label | Wikidata | head | tail | example |", "|---|---|---|---|---|---|"]
    for p in vocabulary():
        ids = [p.wikidata] if p.wikidata else []
        ids += [f"{p.wikidata_inverse} (tail → head)"] if p.wikidata_inverse else []
        wd = "; ".join(ids) or "–"
        ex = next((e["text"] for e in p.examples if "text" in e), None)
        if ex is None:
            e = p.examples[0]
            ex = f"{e.get('head', e['edge'][2])} *{e['edge'][1]}* {e.get('tail', e['edge'][3])}"
        lines.append(f"| `{p.name}` | {p.label} | {wd} | {p.spelled[0]} | {p.spelled[1]} | {ex} |")
    return "\n".join(lines)
