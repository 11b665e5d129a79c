"""kg.capital_names: a surname written in capitals beside a name ("Donald TRUMP", "ZHANG Yiming",
"Mr. KARZAI") is written in title case before the parse, at every occurrence; acronyms beside a
name ("NSW Premier", "Qantas CEO", "the ALP"), regnal numbers and lines in capitals stay."""

from __future__ import annotations

from kg.capital_names import capital_names
from kg.truecase import truecase

#: English words of these texts (a stand-in for the WordNet lexicon).
LEXICON = frozenset("""trump bush cfo ceo nato premier administrator met said left the spoke with in
    founded chief executive stepped down later office party joining meets aired""".split())


def forms(text: str) -> list[str]:
    return [text[s:e] + ">" + form for s, e, form in capital_names(text, LEXICON)]


def test_a_surname_in_capitals_beside_a_given_name_or_a_title_is_recased_everywhere():
    assert forms("Donald TRUMP met Chuck HAGEL. HAGEL left.") == ["TRUMP>Trump", "HAGEL>Hagel", "HAGEL>Hagel"]
    assert forms("ZHANG Yiming founded it. Later Mr ZHANG stepped down.") == ["ZHANG>Zhang", "ZHANG>Zhang"]
    # before a given name only where the document writes another surname so: "AFC Bournemouth"
    assert forms("ZHANG Yiming founded it. AFC Bournemouth won.") == []
    assert forms("President BUSH met Mr. KARZAI.") == ["BUSH>Bush", "KARZAI>Karzai"]


def test_capitals_the_document_first_writes_alone_are_an_acronym():
    # "the bank BBVA … Garanti BBVA": a surname's first mention stands beside its name or title
    assert forms("The Spanish bank BBVA bought part of Garanti BBVA. BBVA said so.") == []
    assert forms("Donald TRUMP spoke. TRUMP left.") == ["TRUMP>Trump", "TRUMP>Trump"]


def test_the_documents_own_spelling_is_kept():
    assert forms("Senator John MCCAIN spoke. McCain left.") == ["MCCAIN>McCain"]


def test_acronyms_numerals_and_english_words_beside_a_name_stay():
    assert forms("The NSW Premier met NASA Administrator Sean Kelly.") == []  # English words after, no vowel
    assert forms("Qantas CEO Geoff Dixon met the Qantas CFO.") == []  # acronyms the lexicon knows
    assert forms("Henry VIII met the ALP leader. Kim Beazley ALP said.") == []  # a numeral; "the ALP"
    assert forms("Tim Holding (ALP) spoke. Kim Beazley ALP left.") == []  # "(ALP)" is an acronym
    assert forms("Dick Cavett Meets ABBA aired. Joining ASCAP, he left.") == []  # a title; a sentence's verb


def test_truecasing_writes_the_surname_and_keeps_the_length():
    text = "Mr. Donald TRUMP met ZHANG Yiming. TRUMP said."
    out, changes = truecase(text, [], LEXICON)
    assert out == "Mr. Donald Trump met Zhang Yiming. Trump said."
    assert len(out) == len(text) and {c.reason for c in changes} == {"capitals"}
    # a line in capitals is read by ``kg.shouting``, not here
    out, _ = truecase("FIRE CREWS BATTLE BLAZE NEAR GOULBURN\nCrews met in Goulburn.")
    assert out.splitlines()[0] == "Fire crews battle blaze near Goulburn"
