"""Hand-built parses for the office an appointing noun gives (``kg.relations.appointments``): "Shell
announced the appointment of Sawan as its chief executive" (Sawan chief executive of Shell, the
pronoun's antecedent), "…, in substitution of Rossi" (Sawan replaced Rossi), the office's own
"of" naming the body, and nothing for an "as" that is no office or an announcer that is a person."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _appointment(noun: str = "appointment", role: str = "executive", adj: str = "chief", announcer: str = "Shell",
                 announcer_ent: str = "B-ORG", replaced: bool = False, as_on_name: bool = False,
                 body_of: bool = False):
    """"<announcer> announced the <noun> of Sawan as its <adj> <role> [of Acme] [, in substitution of
    Rossi] ." as the parser reads it; ``as_on_name``: "as" hung on "Sawan", not on the noun."""
    words = [announcer, "announced", "the", noun, "of", "Sawan", "as", "its", adj, role]
    heads = [1, 1, 3, 1, 3, 4, 5 if as_on_name else 3, 9, 9, 6]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "poss", "amod", "pobj"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PRON", "ADJ", "NOUN"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "IN", "PRP$", "JJ", "NN"]
    ents = [announcer_ent, "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"]
    lemmas = [announcer.lower(), "announce", "the", noun, "of", "sawan", "as", "its", adj, role]
    if body_of:
        words += ["of", "Acme"]
        heads += [9, 10]
        deps += ["prep", "pobj"]
        pos += ["ADP", "PROPN"]
        tags += ["IN", "NNP"]
        ents += ["O", "B-ORG"]
        lemmas += ["of", "acme"]
    if replaced:
        n = len(words)
        words += [",", "in", "substitution", "of", "Rossi"]
        heads += [3, 3, n + 1, n + 2, n + 3]
        deps += ["punct", "prep", "pobj", "prep", "pobj"]
        pos += ["PUNCT", "ADP", "NOUN", "ADP", "PROPN"]
        tags += [",", "IN", "NN", "IN", "NNP"]
        ents += ["O", "O", "O", "O", "B-PERSON"]
        lemmas += [",", "in", "substitution", "of", "rossi"]
    words.append(".")
    heads.append(1)
    deps.append("punct")
    pos.append("PUNCT")
    tags.append(".")
    ents.append("O")
    lemmas.append(".")
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def _offices(doc) -> set[tuple[str, str, str]]:
    return {(h, r, t) for h, r, t, rule in relations_of(doc) if rule.startswith("appointment")}


def test_the_appointment_of_a_person_as_its_chief_executive_is_the_announcers():
    assert ("Sawan", "chief executive of", "Shell") in _offices(_appointment())
    assert ("Sawan", "chief executive of", "Shell") in _offices(_appointment("nomination", as_on_name=True))


def test_the_office_s_own_of_names_the_body():
    assert _offices(_appointment(body_of=True)) >= {("Sawan", "chief executive of", "Acme")}
    assert ("Sawan", "chief executive of", "Shell") not in _offices(_appointment(body_of=True))


def test_in_substitution_of_someone_is_replacing_them():
    assert ("Sawan", "replaced", "Rossi") in _offices(_appointment(replaced=True))


def test_no_office_and_no_announcing_body_give_nothing():
    assert _offices(_appointment(role="favourite", adj="new")) == set()  # "as its new favourite": no role noun
    assert _offices(_appointment(noun="portrait")) == set()  # no appointing noun
    # a person announcing and "its" with no body before it: no body the office is held at
    assert not any(t == "Lula" for _, _, t in _offices(_appointment(announcer="Lula", announcer_ent="B-PERSON")))
