"""The ``RULES`` table and the walk over a sentence that applies it.

Each row names its anchor (what the rule starts from), the predicate an anchor must pass, the
function (in ``verbs.py`` or ``nouns.py``), the confidence of each edge it can emit, and an
example sentence on which it fires (tests/model/test_rule_examples.py runs every example through the
real model; tests/unit/test_relation_rules.py tests each rule on a hand-built parse). A confidence key is
the edge's ``rule`` string, with ``@case`` when one rule has several confidences.

Anchors, in the order ``sentence`` visits them (the order of the emitted edges):
``copula``   a be/become/remain verb — the copula rules run instead of the verb rules;
``verb``     any other clause verb, with its ``VerbFrame``;
``prep``     each preposition of that verb, after the verb rows;
``token``    every token of the sentence;
``mention``  each mention's root token, after the sentence's tokens;
``edges``    the edges the other rows found in the sentence (``contained_in`` closes containment);
``sentence`` the sentence's mentions, with every edge found before (``gazetteer_country``).
To add a rule: write its function in ``verbs.py`` or ``nouns.py`` (emit with a key of its row),
add a row here with an example sentence, and a hand-built test in tests/unit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kg.doc_arrays import parse
from kg.lexicon.kinds import TITLED_WORKS

from kg.relations.appointments import APPOINT_NOUNS, appointment
from kg.relations.arguments import Arguments
from kg.relations.based import hyphen_based
from kg.relations.bodies_under import body_under
from kg.relations.clause import clause
from kg.relations.gazetteer import gazetteer_country
from kg.relations.hyphen_owned import OWNING_PARTICIPLES, hyphen_owned, is_hyphen_owned
from kg.relations.lineups import PART_VERBS, line_up
from kg.relations.nested_at import nested_at
from kg.relations.object_places import is_object_place, object_place
from kg.relations.one_between import one_between
from kg.relations.owned_titles import TITLED_PLURALS, hit_for, is_hit_for, is_owned_title, owned_title
from kg.relations.seat_references import is_seat_reference, seat_reference
from kg.relations.transfers import is_handed_over, is_transfer, transfer_from, transfer_to
from kg.relations.messages import is_carried_message, message
from kg.relations.models import model_maker
from kg.relations.joint_acts import is_joint, joint_act
from kg.relations.owned_sites import SITE_NOUNS_OWNED, is_owned_site, owned_site
from kg.relations.owned_subjects import is_owned_subject, owned_subject
from kg.relations.openers import SUBJECT_PRONOUNS, opener, opens_on
from kg.relations.contained import contained
from kg.relations.descriptions import class_noun, described, located_in, nationality
from kg.relations.place_chains import place_chain, region_of, settlement_of
from kg.relations.place_directions import direction_of
from kg.relations.parentheses import life_dates, party, played_by
from kg.relations.reciprocal import is_reciprocal, reciprocal
from kg.relations.offices_given import OFFICE_VERBS, office_given
from kg.relations.roles import ROLE_PART_NOUNS, appears_in, role_as, sung_with
from kg.relations.seats import body_from, seat_subject, seat_with
from kg.relations.links import (CHILD_NOUNS, KIN_PLURALS, co_parents, entity_of, entity_possessive, org_modifier,
                                place_modifier, siblings, work_by)
from kg.relations.according import according_to
from kg.relations.nouns import appos, nominal, office_of, possessive, title
from kg.relations.listed_holders import listed_office
from kg.relations.epithets import epithet_nationality, is_people_subject
from kg.relations.where_roles import is_body_where, where_role
from kg.relations.tokens import COPULA_LEMMAS, is_based, is_clause_verb
from kg.relations.triples import CONFIDENCE, RawTriple
from kg.relations.copula_rows import LISTING_VERBS, copula, copula_from, existential, has_expl, owned_copula, owned_list
from kg.relations.boards import BOARD_PREPS, board_preps
from kg.relations.verbs import (
    VerbFrame,
    service_noun,
    as_role,
    first_as,
    during,
    degree_preps,
    passive_agent,
    such_as,
    verb_objects,
    verb_preps,
)
from kg.relations.part_places import part_preps, place_preps
from kg.relations.party_leaders import LEADING, is_party_leader, party_leader
from kg.relations.person_sites import person_site
from kg.relations.where_clauses import is_where_clause, where_place
from kg.relations.words import COMPANY_NOUNS, SKIP_PREPS, WHERE_VERBS


@dataclass(frozen=True)
class Rule:
    """One row of ``RULES``: see the module docstring for ``on``."""

    name: str
    on: str
    anchor: Callable[..., bool]
    run: Callable[..., Iterator[RawTriple]]
    confidence: dict[str, float]
    example: str
    #: For a ``token`` row: the lower-case words its anchor can start from (None: any word).
    #: The walk asks the anchor of those tokens only (``_parse_rows``); a test checks that no
    #: other word passes the anchor.
    words: frozenset[str] | None = None
    #: For a ``token`` row of any word: the parts of speech its anchor can start from (None: any).
    #: The walk builds a Token only for a word some row or the verb rows may start from; a test
    #: checks that no other part of speech passes the anchor.
    pos: frozenset[str] | None = None


#: Verbs whose "of" names the parts of a whole ("The band consists of Thom Yorke, …", "a council
#: composed of nine members"); after any other verb "of" names a cause or a charge ("died of",
#: "accused of"), which ``SKIP_PREPS`` leaves out.
WHOLE_OF_VERBS = frozenset({"consist", "compose", "comprise"})
#: Verbs of where a thing lies, whose "within" is their "in" ("lies within the Rimutaka Forest
#: Park", "located within Culver Township"); after other verbs "within" is mostly a time ("within hours").
LYING_VERBS = frozenset({"lie", "locate", "situate", "sit"})


def _always(*_: object) -> bool:
    return True


RULES: tuple[Rule, ...] = (
    Rule("copula", "copula", lambda v: not has_expl(v), copula, {"copula": 0.85, "copula@poss": 0.8},
         "Amazon is the parent company of Whole Foods."),
    Rule("copula_from", "copula", lambda v: v.lemma_ == "be", copula_from, {"copula_from": 0.7},
         "Ochieng, who is from Nairobi, pleaded not guilty."),
    Rule("owned_copula", "copula", lambda v: not has_expl(v), owned_copula,
         {"owned_copula": 0.75, "owned_copula@topic": 0.6, "owned_copula@of": 0.7},
         "Sudan's current capital is Juba."),
    Rule("existential", "copula", has_expl, existential, {"existential": 0.55},
         "TikTok's data are stored in Virginia, and there is a backup server in Singapore."),
    Rule("passive", "verb", lambda v, f: f.clause.passive, passive_agent,
         {"passive": 0.85, "subject_owner@agent": 0.65}, "TikTok was fined by the FTC."),
    Rule("svo", "verb", _always, verb_objects,
         {"svo": 0.9, "svo@amount": 0.8, "prep@amount": 0.7, "object_owner@poss": 0.7,
          "object_owner": 0.65, "object_prep": 0.7},
         "The FTC fined TikTok in 2019."),
    Rule("office_given", "verb", lambda v, f: v.lemma_.lower() in OFFICE_VERBS, office_given,
         {"office_given": 0.8}, "Juan Perez was appointed chief executive of Codelco in 2020."),
    Rule("reciprocal", "verb", lambda v, f: is_reciprocal(v), reciprocal, {"reciprocal": 0.65},
         "Sarah Connolly and David Price married in 2004."),
    Rule("owned_subject", "verb", is_owned_subject, owned_subject, {"owned_subject": 0.6},
         "Hamid Qasemi's debut feature won the Golden Lion in 2019."),
    Rule("object_place", "verb", is_object_place, object_place, {"object_place": 0.6},
         "Police arrested Juan Perez in Lima on Monday."),
    Rule("transfer_from", "verb", is_transfer, transfer_from, {"transfer_from": 0.65},
         "Arsenal signed Declan Rice from West Ham United."),
    Rule("transfer_to", "verb", is_handed_over, transfer_to, {"transfer_to": 0.65},
         "Rappaport sold his company Adallom to Microsoft."),
    Rule("message", "verb", is_carried_message, message, {"message": 0.65},
         "The envoy delivered a letter from Emir Tamim to President Erdogan."),
    Rule("joint_act", "verb", is_joint, joint_act, {"joint_act": 0.65},
         "Larry Page founded Google with Sergey Brin in 1998."),
    Rule("owned_list", "verb", lambda v, f: v.lemma_ in LISTING_VERBS, owned_list,
         {"owned_list": 0.7, "owned_list@participle": 0.65},
         "Genesis's members included Peter Gabriel and Phil Collins."),
    Rule("line_up", "verb", lambda v, f: v.lemma_.lower() in PART_VERBS, line_up, {"line_up": 0.65},
         "The Pale Orchards are a rock band. The band consists of vocalist Niamh Tully, bassist Colm Rafferty "
         "and drummer Eoin Ledwidge."),
    Rule("such_as", "verb", _always, such_as, {"such_as": 0.7},
         "Sappy Records has featured acts such as The Arcade Fire and Ohbijou."),
    Rule("nested_at", "verb", _always, nested_at, {"nested_at": 0.6},
         "Martin Rettl won two medals in the skeleton event at the FIBT World Championships."),
    Rule("where_place", "verb", is_where_clause, where_place, {"where_place": 0.6},
         "BASF closed two plants in Ludwigshafen, where the company has its headquarters."),
    Rule("as_role", "prep", first_as, as_role, {"as_role": 0.75, "as_role@party": 0.7, "as_role@played": 0.7},
         "Disney hired Kevin Mayer as CEO of ByteDance."),
    Rule("prep", "prep", lambda p, f: p.lower_ not in SKIP_PREPS or p.lower_ == "of" and f.verb.lemma_ in WHOLE_OF_VERBS
         or p.lower_ == "within" and f.verb.lemma_ in LYING_VERBS, verb_preps,
         {"prep": 0.7, "subject_owner": 0.65}, "Kunlun sold Grindr to San Vicente Acquisition."),
    Rule("prep_part", "prep", lambda p, f: p.lower_ not in SKIP_PREPS, part_preps, {"prep_part": 0.65},
         "Vigra Church is located on the northern shore of Lake Inari."),
    Rule("prep_board", "prep", lambda p, f: p.lower_ in BOARD_PREPS, board_preps, {"prep_board": 0.7},
         "Thandi Dlamini was elected to the board of Ubuntu Mining last year."),
    Rule("prep_degree", "prep", lambda p, f: p.lower_ == "with", degree_preps, {"prep_degree": 0.7},
         "Moreau graduated with a law degree from the University of Lyon."),
    Rule("prep_place", "prep", lambda p, f: p.lower_ in ("of", "at", "in", "from") and (
        f.verb.lemma_ in WHERE_VERBS or any(c.dep_ == "pobj" and person_site(c) for c in p.children)),
         place_preps, {"prep_place": 0.6},
         "Olsen died of a heart attack in Tromsø."),
    Rule("during", "prep", lambda p, f: p.lower_ == "during", during,
         {"during": 0.6, "during@unit": 0.6, "during@event": 0.6},
         "Karl Berg served in the Royal Navy during World War II."),
    Rule("nominal", "token", lambda t, a: t.pos_ in ("NOUN", "PROPN") and a.ent(t) is None, nominal,
         {"nominal": 0.7, "nominal@sale": 0.6, "nominal@from": 0.6, "nominal@between": 0.6, "nominal@place": 0.6,
          "nominal@union": 0.6},
         "Ant Financial's acquisition of MoneyGram failed.",
         pos=frozenset({"NOUN", "PROPN"})),
    Rule("appointment", "token", lambda t, a: t.lower_ in APPOINT_NOUNS and t.pos_ == "NOUN", appointment,
         {"appointment": 0.75, "appointment@replaced": 0.7},
         "Shell announced the appointment of Wael Sawan as its new chief executive.", APPOINT_NOUNS),
    Rule("one_between", "token", lambda t, a: t.lower_ == "one", one_between, {"one_between": 0.6},
         "The ministers signed several agreements, including one between Airbus and China Eastern.", frozenset({"one"})),
    Rule("quoted_title", "token", is_owned_title, owned_title, {"quoted_title": 0.7},
         'Her cover of The Drifters\' 1962 single " Up on the Roof Tonight " charted in 1979.',
         TITLED_WORKS | TITLED_PLURALS),
    Rule("hit_for", "token", is_hit_for, hit_for, {"hit_for": 0.65},
         'Ortiz wrote " Blue Days ", a top ten hit for Ana Berg in 1999.', frozenset({"hit"})),
    Rule("party_leader", "token", is_party_leader, party_leader, {"party_leader": 0.65},
         "The delegation of Ruritania, led by Foreign Minister Anna Kovac, arrived in Vienna.",
         frozenset(LEADING)),
    Rule("seat_reference", "token", is_seat_reference, seat_reference, {"seat_reference": 0.6},
         "Siemens reported higher profits on Thursday. The Munich group said sales rose.", COMPANY_NOUNS),
    Rule("owned_site", "token", is_owned_site, owned_site, {"owned_site": 0.65},
         "Workers at Volkswagen's plant in Chattanooga voted to join the union.", SITE_NOUNS_OWNED),
    Rule("opener", "token", opens_on, opener, {"opener": 0.7},
         "Jane Hale is an American politician. A member of the Democratic Party, she served three terms.",
         SUBJECT_PRONOUNS),
    Rule("siblings", "token", lambda t, a: t.lower_ in KIN_PLURALS and a.ent(t) is None, siblings,
         {"siblings": 0.7, "siblings@owner": 0.7}, "They have three children: Anna, Lukas and Marie.",
         KIN_PLURALS),
    Rule("co_parents", "token", lambda t, a: (t.lower_ in CHILD_NOUNS or t.lower_ == "parents") and t.pos_ == "NOUN"
         or t.lower_ == "born" and t.tag_ == "VBN",
         co_parents, {"co_parents": 0.65}, "He was the son of William Carter and Elizabeth Reed.",
         CHILD_NOUNS | {"parents", "born"}),
    Rule("role_as", "token", lambda t, a: t.lower_ in ROLE_PART_NOUNS and t.pos_ == "NOUN", role_as, {"role_as": 0.7},
         "Michael Imperioli is best known for his role as Christopher Moltisanti on The Sopranos.",
         ROLE_PART_NOUNS),
    Rule("according_to", "token", lambda t, a: t.lower_ == "according" and t.dep_ == "prep", according_to,
         {"according_to": 0.6}, "According to the research firm Sensor Tower, users spent millions on TikTok.",
         frozenset({"according"})),
    Rule("where_role", "token", is_body_where, where_role, {"where_role": 0.65},
         "David Okoro joins from the University of Leicester, where he was deputy vice-chancellor.",
         frozenset({"where"})),
    Rule("based", "token", lambda t, a: is_based(t), hyphen_based, {"based": 0.7, "based@born": 0.7},
         "He joined Barclays, a London-based bank, in 2010.", frozenset({"based", "born"})),
    Rule("hyphen_owned", "token", lambda t, a: is_hyphen_owned(t), hyphen_owned, {"hyphen_owned": 0.7},
         "The Nordfjord-owned ferry operator Fjordline cut its routes.", frozenset(OWNING_PARTICIPLES)),
    Rule("appos", "mention", _always, appos, {"appos": 0.85, "appos@of_entity": 0.8, "appos@modifier": 0.8},
         "Zhang Yiming, CEO of ByteDance, spoke on Monday."),
    Rule("title", "mention", lambda mi, root, a: a.mentions[mi].type == "PERSON", title, {"title": 0.8},
         "Apple CEO Tim Cook visited Beijing last week."),
    Rule("office_of", "mention", _always, office_of, {"office_of": 0.7},
         "He spoke with the Federal Chancellor of Germany Olaf Scholz."),
    Rule("possessive", "mention", _always, possessive, {"possessive": 0.8, "possessive@modifiers": 0.75},
         "TikTok's parent company ByteDance denied the report."),
    Rule("listed_office", "mention", lambda mi, root, a: root.dep_ == "conj" or root.head.dep_ == "conj"
         or any(c.dep_ == "conj" for c in root.children),
         listed_office, {"listed_office": 0.7}, "Lumora Labs founders Asha Patel and Ben Cole will stay on."),
    Rule("nationality", "mention", _always, nationality,
         {"nationality": 0.75, "nationality_person": 0.75, "nationality_work": 0.75, "nationality_language": 0.75},
         "Siemens is a German company."),
    Rule("epithet_nationality", "mention", is_people_subject, epithet_nationality, {"epithet_nationality": 0.75},
         "Coco Gauff reached the final in Paris. The American beat Iga Swiatek in two sets."),
    Rule("class_noun", "mention", _always, class_noun, {"class_noun": 0.7, "class_noun@participle": 0.7},
         "Altamura is a town in Apulia."),
    Rule("described", "mention", _always, described, {"described": 0.55},
         "Harmony Hall is a concert venue located at 12 Queen Street in Dunedin."),
    Rule("located_in", "mention", _always, located_in, {"located_in": 0.6},
         "He studied at McGill University in Montreal."),
    Rule("place_chain", "mention", _always, place_chain, {"place_chain": 0.75, "place_chain@org": 0.65, "place_chain@conj": 0.65},
         "He was born in Vancouver, British Columbia, Canada."),
    Rule("direction", "mention", _always, direction_of, {"direction": 0.7},
         "Hail damaged crops at Gatton south-west of Brisbane."),
    Rule("region_of", "mention", _always, region_of, {"region_of": 0.7},
         "Beliv is a village in the Kolomyia district of Ukraine."),
    Rule("settlement_of", "mention", _always, settlement_of, {"settlement_of": 0.7},
         "The school is located in the California town of Ojai."),
    Rule("entity_of", "mention", _always, entity_of, {"entity_of": 0.7},
         "Murray toured Canada with Rob Baker of The Tragically Hip."),
    Rule("seat_with", "mention", _always, seat_with, {"seat_with": 0.7},
         "Alpstein Capital AG, with seat in Zug, owns the company."),
    Rule("body_from", "mention", _always, body_from, {"body_from": 0.65},
         "Voss Zement GmbH from Ulm sold the plant to a rival."),
    Rule("body_under", "mention", _always, body_under, {"body_under": 0.65},
         "The Forest Inventory Institute, under the Ministry of Agriculture, published the survey."),
    Rule("entity_possessive", "mention", _always, entity_possessive, {"entity_possessive": 0.7},
         "Strick adapted James Joyce's Ulysses."),
    Rule("work_by", "mention", _always, work_by, {"work_by": 0.65},
         "He played guitar on the album The Isolation Game by the Italian band Disarmonia Mundi."),
    Rule("org_modifier", "mention", _always, org_modifier, {"org_modifier": 0.7, "org_modifier@maker": 0.65},
         "Arthur Percival was a senior British Army officer."),
    Rule("model_maker", "mention", _always, model_maker, {"model_maker": 0.65},
         "Boeing said Ryanair ordered 150 Boeing 737 MAX jets."),
    Rule("place_modifier", "mention", _always, place_modifier, {"place_modifier": 0.6},
         "Kurt Cobain founded the Seattle band Nirvana in 1987."),
    Rule("life_dates", "mention", _always, life_dates, {"life_dates": 0.75},
         "Vicente Genaro de Quesada (1782 Havana, Cuba – 15 August 1836 Madrid) was a Spanish officer."),
    Rule("appears_in", "mention", _always, appears_in, {"appears_in": 0.6},
         "Her roles include Merle Jackson in Coronation Street."),
    Rule("sung_with", "mention", _always, sung_with, {"sung_with": 0.65},
         'The song was performed after France\'s Mathé Altéry with " Le temps perdu ".'),
    Rule("played_by", "mention", _always, played_by, {"played_by": 0.65},
         "It marked the final appearance of the lead character, Derek Shepherd (Patrick Dempsey)."),
    Rule("party", "mention", _always, party, {"party": 0.7, "party_acronym": 0.65},
         "The county mayor is Janne Johnsen (Conservative Party)."),
    Rule("contained_in", "edges", _always, contained,
         {"contained_in": 0.6, "contained_in@nationality": 0.55, "contained_in@near": 0.55},
         "Calgary is a city in the Canadian province of Alberta."),
    Rule("gazetteer_country", "sentence", _always, gazetteer_country, {"gazetteer_country": 0.5},
         "Frédéric Talgorn was born in Toulouse and is a French composer."),
)
CONFIDENCE.update({k: v for r in RULES for k, v in r.confidence.items()})
_BY_ANCHOR: dict[str, tuple[Rule, ...]] = {
    on: tuple(r for r in RULES if r.on == on) for on in ("copula", "verb", "prep", "token", "mention", "edges", "sentence")}



def _token_rows() -> tuple[tuple[Rule, ...], dict[str, tuple[Rule, ...]]]:
    """The ``token`` rows a word may start, in table order: those of any word, and by each word
    some row names (``Rule.words``) those and the rows naming it."""
    rows = _BY_ANCHOR["token"]
    named = set().union(*(r.words for r in rows if r.words is not None))
    return (tuple(r for r in rows if r.words is None),
            {w: tuple(r for r in rows if r.words is None or w in r.words) for w in sorted(named)})


_TOKEN_ROWS = _token_rows()


def _walked() -> tuple[frozenset[int] | None, frozenset[int]]:
    """What a word must be for the per-token walk to build its Token: one of these parts of
    speech (verbs, for the verb rows; those the rows of any word start from), or one of the
    words a row names; as ids in the Doc's arrays. None: every word (a row of any word and
    any part of speech)."""
    any_word, by_word = _TOKEN_ROWS
    if any(r.pos is None for r in any_word):
        return None, frozenset()
    tags = {"VERB", "AUX"}.union(*(r.pos for r in any_word if r.pos is not None))
    return frozenset(get_string_id(t) for t in tags), frozenset(get_string_id(w) for w in by_word)


_WALKED = _walked()


def _walk(sent: Span) -> Iterator[Token]:
    """The tokens of ``sent`` the per-token walk may act on, in order (``_WALKED``)."""
    tags, named = _WALKED
    if tags is None:
        yield from sent
        return
    doc = sent.doc
    columns = parse(doc).pos_lower  # read once a Doc, after the parse repairs
    for i in range(sent.start, sent.end):
        pos, lower = columns[i]
        if pos in tags or lower in named:
            yield doc[i]


def verb_triples(verb: Token, args: Arguments) -> Iterator[RawTriple]:
    """The copula rows for be/become/remain, else the verb rows; then the prep rows (after a
    copula only for a seat's noun: "Its headquarters are in Stavanger", ``seat_subject``; and its
    ``during`` for one in a force's service: "was a nurse during the war", ``service_noun``)."""
    cl = clause(args, verb)
    seat = None
    if verb.lemma_ in COPULA_LEMMAS:
        for rule in _BY_ANCHOR["copula"]:
            if rule.anchor(verb):
                yield from rule.run(verb, cl, args)
        seat, serving = seat_subject(verb), service_noun(verb)
        if seat is None and serving is None:
            return
        frame = VerbFrame.of(verb, cl, args)
    else:
        frame = VerbFrame.of(verb, cl, args)
        for rule in _BY_ANCHOR["verb"]:
            if rule.anchor(verb, frame):
                yield from rule.run(verb, frame)
    frame.settle()
    for prep in frame.preps():
        for rule in _BY_ANCHOR["prep"]:
            if verb.lemma_ in COPULA_LEMMAS and seat is None and rule.name != "during":
                continue  # a copula of service: only its "during" ("was an officer during the war")
            if rule.anchor(prep, frame):
                yield from rule.run(prep, frame)


def sentence(sent: Span, args: Arguments) -> Iterator[RawTriple]:
    """Every rule over one sentence, in the table's anchor order; the ``edges`` rows last, on
    what the others found."""
    found = list(_parse_rows(sent, args))
    yield from found
    for rule in _BY_ANCHOR["edges"]:
        if rule.anchor(found, args):
            closed = list(rule.run(found, args))
            yield from closed
            found.extend(closed)
    for rule in _BY_ANCHOR["sentence"]:
        if rule.anchor(sent, found, args):
            yield from rule.run(sent, found, args)


def _parse_rows(sent: Span, args: Arguments) -> Iterator[RawTriple]:
    any_word, by_word = _TOKEN_ROWS  # this loop runs per token
    mention_rows = _BY_ANCHOR["mention"]
    for tok in _walk(sent):
        if is_clause_verb(tok):
            yield from verb_triples(tok, args)
        for rule in by_word.get(tok.lower_, any_word):
            if rule.anchor(tok, args):
                yield from rule.run(tok, args)
    for mi, root in args.roots_in(sent):
        for rule in mention_rows:
            if rule.anchor(mi, root, args):
                yield from rule.run(mi, root, args)


__all__ = ["CONFIDENCE", "RULES", "RawTriple", "Rule", "sentence"]
