"""kg.trim: overgrown mentions cut back to the name inside them, each cut by a named rule
(hand-built Docs: words, part-of-speech tags and NER types are given, nothing is parsed)."""

from __future__ import annotations

import pytest
import spacy
from hand_docs import make_doc
from spacy.tokens import Doc, Span

from kg.trim import RULES, trim_overgrown
from kg.trim_text import glued_mark, without_glued_mark
from kg.trim_peoples import peoples_cut_before

#: The English words of these sentences (a stand-in for the WordNet lexicon).
LEXICON = frozenset("""drummer say so general motor company of crown reign king republic best support actress
    detective window war battle racing yacht federation burger old time christian peter corporation curtis won
    gendarmerie viceroy islands capital toyota""".split())

_VOCAB = spacy.blank("en").vocab


def _span(sentence: str, mention: str, label: str, pos: dict[str, str] | None = None) -> Span:
    """``mention`` (words of ``sentence``) as a span labelled ``label``; capitalised words are
    proper nouns, "of", "in" and "as" prepositions, digits numbers, unless ``pos`` says otherwise.
    A word written ``Word/TYPE`` carries an NER tag (``Bob/B-PERSON``), the rest none."""
    tagged = [w.partition("/") for w in sentence.split()]
    words, pos = [w for w, _, _ in tagged], pos or {}
    ents = [t or "O" for _, _, t in tagged]

    def tag(w: str) -> str:
        if w in pos:
            return pos[w]
        if w.lower() in ("of", "in", "as"):
            return "ADP"
        if w.isdigit():
            return "NUM"
        if not w[:1].isalpha():
            return "PUNCT"
        return "PROPN" if w[:1].isupper() else "NOUN"

    doc = Doc(_VOCAB, words=words, pos=[tag(w) for w in words], sent_starts=[i == 0 for i in range(len(words))],
              ents=ents)
    target = mention.split()
    start = next(i for i in range(len(words)) if words[i:i + len(target)] == target)
    return Span(doc, start, start + len(target), label=label)


#: (sentence, NER's mention, its type, what it is cut to, the rule that cuts it: None keeps it)
CASES = [
    # a particle and a hyphened part inside the person's name after the role
    ("headed by Engineer Khalid bin Saeed Al - Mazrouei", "Engineer Khalid bin Saeed Al - Mazrouei", "PERSON",
     "Khalid bin Saeed Al - Mazrouei", "role_before_name"),
    # a people's adjective before a registered name the text writes without it elsewhere
    ("the distributor Japanese Kanda Shoji Co. , Ltd. will sell it . Kanda Shoji is based in Osaka",
     "Japanese Kanda Shoji Co. , Ltd.", "ORG", "Kanda Shoji Co. , Ltd.", "people_before_body"),
    ("the South Korean Hanseo Battery Co. Ltd. will build it . Hanseo Battery said so",
     "South Korean Hanseo Battery Co. Ltd.", "ORG", "Hanseo Battery Co. Ltd.", "people_before_body"),
    ("American Express Company said American Express Company grew",
     "American Express Company", "ORG", "American Express Company", None),
    # a people's adjective after a lower-case noun of a body's kind (translated: "o grupo brasileiro")
    ("the sale to the group Brazilian Bastos Capital was approved",
     "Brazilian Bastos Capital", "ORG", "Bastos Capital", "people_after_kind"),
    ("He joined the band American Football in 1997", "American Football", "ORG", "American Football", None),
    # after the article alone (translated: "la italiana Eni"), the name opening on no English word
    ("He joined the Brazilian Bastos Lobo in 1997", "Brazilian Bastos Lobo", "ORG", "Bastos Lobo",
     "people_after_article"),
    ("He joined the Brazilian Bastos Capital in 1997", "Brazilian Bastos Capital", "ORG", "Brazilian Bastos Capital",
     None),  # "Capital": an English word
    ("Pemex signed with the South Korean Hanseo Hyundai", "South Korean Hanseo Hyundai", "ORG", "Hanseo Hyundai",
     "people_after_article"),
    ("the largest of the Italian Pelagie Islands", "Italian Pelagie Islands", "LOC", "Italian Pelagie Islands", None),
    # an English word NER itself parted from the adjective as an organisation
    ("the Japanese/B-NORP Toyota/B-ORG will build it", "Japanese Toyota", "ORG", "Toyota", "people_after_article"),
    ("the Italian/B-NORP Pelagie/B-LOC Islands/I-LOC lie south", "Italian Pelagie Islands", "LOC",
     "Italian Pelagie Islands", None),
    ("He joined the American Football League in 1960", "American Football League", "ORG", "American Football League",
     None),
    ("He joined Brazilian Bastos Capital in 1997", "Brazilian Bastos Capital", "ORG", "Brazilian Bastos Capital", None),
    # "of" and the sentence's words NER ran on into: a determiner or a plural with its own "of" after it
    ("absolved by the Supreme Court of charges of fraud", "Supreme Court of charges of fraud", "ORG", "Supreme Court",
     "lower_tail_of"),
    ("fined by the Court of the city", "Court of the city", "ORG", "Court", "lower_tail_of"),
    ("sued the Bank of America", "Bank of America", "ORG", "Bank of America", None),
    ("a degree of the Institute of technology", "Institute of technology", "ORG", "Institute of technology", None),
    ("the Department of veterans affairs said", "Department of veterans affairs", "ORG", "Department of veterans affairs",
     None),
    # a formal title before a surname alone: a surname WordNet knows, not an everyday word
    ("Justice Curtis said so", "Justice Curtis", "ORG", "Curtis", "role_before_name"),
    ("Minister Won said so", "Minister Won", "ORG", "Minister Won", None),
    # a people's adjective run into two portfolios of the office written next
    ("Turkish Energy and Natural Resources Minister Alparslan/B-PERSON Bayraktar/I-PERSON said so",
     "Turkish Energy and Natural Resources", "ORG", "Turkish", "portfolio_before_title"),
    ("Turkish Transport and Infrastructure Minister Kemal/B-PERSON Uysal/I-PERSON said so",
     "Turkish Transport", "ORG", "Turkish", "portfolio_before_title"),
    # a title of two words or more before the person, NER's span stopping inside it or not
    ("Ridgeback Chief Executive Andrew/B-PERSON Koekemoer/I-PERSON said Ridgeback/B-ORG rose",
     "Ridgeback Chief Executive", "ORG", "Ridgeback", "title_before_person"),
    ("Zuiderkoffie Managing Director Anneke/B-PERSON Wit/I-PERSON said Zuiderkoffie/B-GPE grew",
     "Zuiderkoffie Managing", "GPE", "Zuiderkoffie", "title_before_person"),
    ("Acme Chief Executive Ann/B-PERSON Lee/I-PERSON said so", "Acme Chief Executive", "ORG", "Acme Chief Executive",
     None),  # "Acme" named nowhere else
    ("Tana River Governor Abdi/B-PERSON Galgalo/I-PERSON said so", "Tana River Governor", "ORG", "Tana River",
     "title_before_person"),  # named nowhere else, but a place by its last word
    ("Tesla Inc Chief Executive Elon/B-PERSON Musk/I-PERSON said so", "Tesla Inc Chief Executive", "ORG", "Tesla Inc",
     "title_before_person"),  # named nowhere else, but a registered name ("Tesla" is an English word)
    ("Dame Amina Odhiambo DBE FRS is a doctor", "Amina Odhiambo DBE FRS", "PERSON", "Amina Odhiambo", "postnominals"),
    ("Sir John Kerr KCMG said so", "John Kerr KCMG", "ORG", "John Kerr", "postnominals"),  # NER: ORG
    ("Peter Dutton MP said so", "Peter Dutton MP", "PERSON", "Peter Dutton", "postnominals"),
    ("Backbencher Smith MP said so", "Smith MP", "PERSON", "Smith MP", None),  # no full name before it
    # letters before the next name are that person's title, not this name's post-nominals
    ("Federal Labor MP Kim/B-PERSON Beazley/I-PERSON said so", "Federal Labor MP", "ORG", "Federal Labor MP", None),
    ("the crown of Romania passed on", "of Romania", "GPE", "Romania", "leading_function_word"),
    # the word for when a news sentence opens on, which NER runs into the name after it
    ("Yesterday Qantas announced a loss", "Yesterday Qantas", "ORG", "Qantas", "leading_time_word"),
    ("Overnight Hamas Brigades fired rockets", "Overnight Hamas Brigades", "ORG", "Hamas Brigades", "leading_time_word"),
    ("Tonight Show host Jimmy Fallon laughed", "Tonight Show", "ORG", "Tonight Show", None),  # a broadcast's name
    ("He said Yesterday Qantas rose", "Yesterday Qantas", "ORG", "Yesterday Qantas", None),  # no sentence start
    ("Of Mice and Men was filmed", "Of Mice and Men", "WORK_OF_ART", "Of Mice and Men", None),  # a title's capital
    ("Drummer Lars Ulrich said so", "Drummer Lars Ulrich", "PERSON", "Lars Ulrich", "role_before_name"),
    ("Coroner Graeme Johnston said so", "Coroner Graeme Johnston", "PERSON", "Graeme Johnston", "role_before_name"),
    ("Legendary Dolly Parton sang", "Legendary Dolly Parton", "ORG", "Dolly Parton", "role_before_name"),  # NER: ORG
    ("Skipper Grant Dalton said so", "Skipper Grant Dalton", "ORG", "Grant Dalton", "role_before_name"),  # a yacht's
    ("General Motors Company said so", "General Motors Company", "ORG", "General Motors Company", None),
    # an office with the adjective that qualifies it ("Federal" is no role on its own)
    ("BERLIN - Federal Chancellor Olaf Scholz said so", "Federal Chancellor Olaf Scholz", "ORG", "Olaf Scholz",
     "role_before_name"),
    ("The Federal Reserve raised rates", "Federal Reserve", "ORG", "Federal Reserve", None),
    ("Federal Express delivered it", "Federal Express", "ORG", "Federal Express", None),
    ("Joseph Cardinal Ratzinger wrote it", "Joseph Cardinal Ratzinger", "PERSON", "Joseph Cardinal Ratzinger",
     None),  # a first name, no adjective
    # a capitalised kind of body before the body's name (translated news)
    ("he criticised the Company Volkswagen , because", "Company Volkswagen", "ORG", "Volkswagen", "kind_before_name"),
    ("the Agency TASS reported", "Agency TASS", "ORG", "TASS", "kind_before_name"),
    ("he played Company of Heroes all night", "Company of Heroes", "ORG", "Company of Heroes", None),
    ("the Company Limited said so", "Company Limited", "ORG", "Company Limited", None),  # a legal form
    ("the Company Store closed", "Company Store", "ORG", "Company Store", None),  # an everyday word
    ("Peter Kenneth Murray said so", "Peter Kenneth Murray", "PERSON", "Peter Kenneth Murray", None),  # a first name
    ("Saint Lucia voted", "Saint Lucia", "GPE", "Saint Lucia", None),  # a title that is part of a name
    ("Norwegian Peter Olsen spoke", "Norwegian Peter Olsen", "PERSON", "Peter Olsen", "people_before_name"),
    ("Christian Atsu Twasam scored", "Christian Atsu Twasam", "PERSON", "Christian Atsu Twasam", None),
    ("preceding Cyprus ' Alexandros Panayi with", "Cyprus ' Alexandros Panayi", "ORG", "Alexandros Panayi",
     "place_owns_name"),
    ("a McDonald 's Corporation store", "McDonald 's Corporation", "ORG", "McDonald 's Corporation", None),
    ("Japanese Americans were interned", "Japanese Americans", "NORP", "Americans", "people_before_people"),
    ("an African - American poet", "African - American", "NORP", "American", "people_before_people"),
    ("the Anglo - Catholics met", "Anglo - Catholics", "NORP", "Anglo - Catholics", None),
    ("the Spanish Viceroy ruled", "Spanish Viceroy", "ORG", "Spanish", "people_before_office"),
    ("the Russian Tsars ruled", "Russian Tsars", "ORG", "Russian", "people_before_office"),
    ("the Spanish Navy sailed", "Spanish Navy", "ORG", "Spanish Navy", None),
    ("he reigned as King of Romania", "King of Romania", "GPE", "Romania", "title_before_place"),
    ("the Republic of Ireland voted", "Republic of Ireland", "GPE", "Republic of Ireland", None),
    ("in the Battle of Midway 4 June 1942", "Battle of Midway 4", "EVENT", "Battle of Midway", "trailing_date"),
    ("Tver , Russian Federation - October 3 , 1981 ,", "Russian Federation - October 3 , 1981", "GPE",
     "Russian Federation", "trailing_date"),
    ("it ran Windows 10 then", "Windows 10", "PRODUCT", "Windows 10", None),
    ("the War of 1812 ended", "War of 1812", "EVENT", "War of 1812", None),
    ("Liverpool beat Chelsea 2 - 1 on Sunday", "Chelsea 2 - 1", "ORG", "Chelsea", "trailing_score"),
    ("Newcastle lost to Aston Villa 3 - 2 .", "Aston Villa 3", "GPE", "Aston Villa", "trailing_score"),
    ("Switzerland 3 Spain 2 was the score", "Switzerland 3", "GPE", "Switzerland", "trailing_score"),
    ("Brett Lee 1 - 40 , Glenn McGrath 2 - 35 .", "Glenn McGrath 2", "PERSON", "Glenn McGrath", "trailing_score"),
    ("Lee took 3 for 77 and Glenn McGrath 2 for 66 .", "Glenn McGrath 2", "PERSON", "Glenn McGrath", "trailing_score"),
    ("Alcaraz beat Jannik Sinner 7 - 6 , 6 - 1 on Sunday", "Jannik Sinner 7 - 6", "PERSON", "Jannik Sinner",
     "trailing_score"),  # a set's score, the next set after a comma
    ("a role in Ong Bak 2 ( uncredited )", "Ong Bak 2", "PERSON", "Ong Bak 2", None),  # NER: PERSON
    ("the drama Detroit 1 - 8 - 7 until", "Detroit 1 - 8 - 7", "WORK_OF_ART", "Detroit 1 - 8 - 7", None),
    ("Dan Carter joined Racing 92 in 2015", "Racing 92", "ORG", "Racing 92", None),
    ("the yacht Steinlager 2 finished second", "Steinlager 2", "PRODUCT", "Steinlager 2", None),  # no place
    ("a Boeing 737 - 800 landed", "Boeing 737 - 800", "ORG", "Boeing 737 - 800", None),  # a model, no score
    ("the Billboard Hot 100 chart", "Hot 100", "ORG", "Hot 100", None),  # a city's name that is a word
    ("the London 2012 Games", "London 2012", "EVENT", "London 2012", None),  # a year
    ("an NYPD Detective said so", "NYPD Detective", "ORG", "NYPD", "role_after_name"),
    ("Gary Player won", "Gary Player", "PERSON", "Gary Player", None),  # a person's surname
    ("she won Best Supporting Actress", "Best Supporting Actress", "ORG", "Best Supporting Actress", None),
    ("a Burger King opened", "Burger King", "ORG", "Burger King", None),
    # the title of the person named next, after a place NER finds elsewhere in the text
    ("Tasmania/B-GPE voted . Tasmania Premier Jeremy/B-PERSON Rockliff/I-PERSON spoke", "Tasmania Premier", "ORG",
     "Tasmania", "title_before_person"),
    ("Police Minister Jeremy/B-PERSON Rockliff/I-PERSON spoke", "Police Minister", "ORG", "Police Minister", None),
    # a minister's portfolio NER ran into the country before it; a body's own words stay
    ("British Home Secretary David/B-PERSON Blunkett/I-PERSON spoke", "British Home", "ORG", "British",
     "portfolio_before_title"),
    ("Pakistan Foreign Affairs Minister Abdul/B-PERSON Sattar/I-PERSON spoke", "Pakistan Foreign Affairs", "GPE",
     "Pakistan", "portfolio_before_title"),
    ("Australian Federal Police Commissioner Mick/B-PERSON Keelty/I-PERSON spoke", "Australian Federal Police", "ORG",
     "Australian Federal Police", None),
    ("the British Home Office said", "British Home", "ORG", "British Home", None),  # no office holder follows
    # a word the writer left in lower case before a capitalised name, or after a language's name
    ("the mutant supervillain Apocalypse appears", "supervillain Apocalypse", "PERSON", "Apocalypse",
     "lower_word_before_name"),
    ("the last protégé of Ansel Adams lives", "protégé of Ansel Adams", "PERSON", "Ansel Adams",
     "leading_function_word"),  # the lower-case word goes first, then "of"
    ("a statue of de Gaulle stands", "de Gaulle", "PERSON", "de Gaulle", None),  # a particle
    ("Xi arrived and then xi Jinping spoke", "xi Jinping", "PERSON", "xi Jinping", None),  # capitalised elsewhere
    ("they bought huawei Technologies last year", "huawei Technologies", "ORG", "huawei Technologies", None),
    ("derived from the Greek leitourgia meaning", "Greek leitourgia", "ORG", "Greek", "language_before_its_word"),
    ("the French Gendarmerie nationale school", "French Gendarmerie nationale", "ORG",
     "French Gendarmerie nationale", None),  # a capital after the language: a name's
]


def _plain(sentence: str) -> str:
    return " ".join(w.partition("/")[0] for w in sentence.split())


@pytest.mark.parametrize("sentence,mention,label,expected,rule", CASES)
def test_trim_overgrown(sentence: str, mention: str, label: str, expected: str, rule: str | None) -> None:
    trimmed = trim_overgrown(_span(sentence, mention, label), _plain(sentence), LEXICON)
    assert (trimmed.span.text, trimmed.rule) == (expected, rule)


def test_role_cut_marks_a_person_and_its_words() -> None:
    """A role cut before a name makes a person's name of it, and the role's word is no name:
    the caller marks it taken so that no other source makes a node of "Drummer"."""
    span = _span("Drummer Lars Ulrich said so", "Drummer Lars Ulrich", "ORG")
    trimmed = trim_overgrown(span, "Drummer Lars Ulrich said so", LEXICON)
    assert trimmed.person and trimmed.dropped == (0,)
    assert trimmed.span.label_ == "ORG"  # the caller decides the type


def test_portfolio_cut_types_the_country_it_leaves() -> None:
    """"British" of "British Home Secretary" is a people, "US" of "US Defence Secretary" a country,
    whatever NER typed the run; the portfolio's words are no name (marked taken)."""
    span = _span("British Home Secretary David Blunkett spoke", "British Home", "ORG")
    trimmed = trim_overgrown(span, "British Home Secretary David Blunkett spoke", LEXICON)
    assert (trimmed.span.text, trimmed.label, trimmed.dropped) == ("British", "NORP", (1,))
    span = _span("US Defence Secretary Donald Rumsfeld spoke", "US Defence", "GPE")
    assert trim_overgrown(span, "US Defence Secretary Donald Rumsfeld spoke", LEXICON).label == "GPE"


def test_people_cut_keeps_the_people_word_free() -> None:
    """A people's adjective cut from a people or a person is a name of its own: not marked taken."""
    span = _span("Japanese Americans were interned", "Japanese Americans", "NORP")
    assert trim_overgrown(span, "Japanese Americans were interned", LEXICON).dropped == ()


def test_every_rule_is_tested_both_ways() -> None:
    """Each rule has a case it cuts and each rule's name, reason and examples are filled in."""
    cut_by = {rule for *_, rule in CASES}
    assert {r.name for r in RULES} <= cut_by
    assert all(r.reason and r.cuts and r.keeps for r in RULES)


def test_no_rule_cuts_a_span_shorter_than_its_shortest() -> None:
    """``trim_overgrown`` asks a rule only of spans of ``TrimRule.shortest`` words or more: on every
    shorter span of every sentence above, under every label, each rule cuts nothing. A rule
    given a wrong ``shortest`` fails here (too low: it cuts a shorter span) or above (too high:
    its case is not cut)."""
    labels = sorted({label for _, _, label, _, _ in CASES} | {"PERSON", "ORG", "GPE", "NORP", ""})
    asked = 0
    for sentence, mention, _, _, _ in CASES:
        doc = _span(sentence, mention, "ORG").doc
        for rule in RULES:
            for size in range(1, rule.shortest):
                for start in range(len(doc) - size + 1):
                    for label in labels:
                        asked += 1
                        assert rule.trim(Span(doc, start, start + size, label=label), sentence, LEXICON) is None, \
                            (rule.name, sentence, doc[start:start + size].text, label)
    assert asked > 1000
    one_word = _span("Drummer Lars Ulrich said so", "Drummer", "PERSON")
    assert trim_overgrown(one_word, "Drummer Lars Ulrich said so", LEXICON).rule is None


@pytest.mark.parametrize("text,cut", [
    ("Steve Waugh(c", 2), ("Adam Gilchrist(vc", 3), ("Ian Healy(wk", 3),
    ("Toulouse Business School(TBS", 0), ("Steve Waugh", 0), ("(c", 0),
])
def test_glued_squad_mark(text: str, cut: int) -> None:
    """A squad list's mark glued to a name is cut; an acronym glued so, or a bare mark, is not."""
    assert glued_mark(text) == cut


def test_a_peoples_adjective_cut_before_the_kept_name_is_a_mention_of_its_own():
    doc = make_doc("by the Swiss company Glencore .".split(), [0, 4, 4, 4, 0, 0],
                   ["ROOT", "det", "amod", "compound", "pobj", "punct"],
                   pos=["ADP", "DET", "ADJ", "NOUN", "PROPN", "PUNCT"], tags=["IN", "DT", "JJ", "NN", "NNP", "."])
    assert [s.text for s in peoples_cut_before(doc[1:5], doc[4:5])] == ["Swiss"]
    assert peoples_cut_before(doc[1:5], doc[1:5]) == []  # nothing cut
    assert [s.text for s in peoples_cut_before(doc[3:5], doc[4:5])] == []  # "company" is no people


def test_a_months_abbreviation_ending_a_name_gives_the_sentence_its_full_stop_back():
    assert without_glued_mark("Viña del Mar.", "Viña del Mar.", 40) == ("Viña del Mar", "Viña del Mar", 39)
    assert without_glued_mark("Mar.", "Mar.", 4) == ("Mar.", "Mar.", 4)  # a month alone is no name's end
    assert without_glued_mark("Apple Inc.", "Apple Inc.", 10) == ("Apple Inc.", "Apple Inc.", 10)
