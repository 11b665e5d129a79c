"""Truecasing: names recovered from evidence in the document, offsets never shifted."""

from __future__ import annotations

import pytest

from kg.truecase import truecase


def cased(text: str, spans=()) -> str:
    out, _ = truecase(text, spans)
    assert len(out) == len(text)
    return out


def test_form_seen_elsewhere_mid_sentence():
    assert cased("we use tiktok daily. Many teens love TikTok.").startswith("we use TikTok")


def test_title_marks_a_surname():
    assert "President Trump said" in cased("U.S. President trump said no. Later trump left.")
    assert "Later Trump left" in cased("U.S. President trump said no. Later trump left.")


def test_a_verb_or_a_word_of_time_after_a_capitalised_title_stays_lower_case():
    # "The President said": decided as a name, "said" would be "Said" all through the story
    text = 'The President said he had support. "We want peace," he said. The Minister says so. The President today left.'
    assert cased(text) == text
    # the same title before a noun that can be a name still recases it, everywhere
    assert cased("The President trump spoke. Later trump left.") == "The President Trump spoke. Later Trump left."


def test_unknown_words_used_as_names():
    out = cased("users of quora and reddit said wechat was banned.")
    assert "Quora" in out and "Reddit" in out and "Wechat" in out


def test_a_word_counted_after_a_number_is_a_unit_or_a_currency():
    text = "Lisboa seized 410 million reais. She had put 380,000 reais into the bank, and 35 hanja are listed."
    assert cased(text) == text
    assert "Wechat" in cased("users said 3 apps and wechat were banned.")  # a name after no number still is
    text = "The club was sold for 40 million of reais."  # translated: "40 milhões de reais"
    assert cased(text) == text


def test_common_words_and_pronouns_untouched():
    text = "a netizen told us that the byte was skipping and the trump card was played."
    out = cased(text)
    assert out == text  # "netizen" follows "a"; "us" is a pronoun; "trump" has no title


def test_function_words_neither_wordnet_nor_the_stop_list_has_stay_lower_case():
    # translated prose: a modal and formal prepositions, unknown to WordNet, are no names
    text = "The plant in Passau shall employ 300 persons, amid protests, whilst the union waits."
    assert cased(text) == text


def test_the_us_is_the_country():
    assert "the US government" in cased("the us government said so.")
    assert "told us" in cased("he told us so.")


def test_lower_case_country_names():
    out = cased("exports from china to the united states fell.")
    assert "China" in out and "United States" in out


def test_a_country_word_after_an_article_or_a_possessive_is_a_common_noun():
    """"the jersey", "a turkey", "her china" are things; "the philippines", a plural name, is the country."""
    out = cased("The winger posed with the jersey. They roasted a turkey on her china plates.")
    assert "the jersey" in out and "a turkey" in out and "her china" in out
    assert "the Philippines" in cased("exports to the philippines rose.")


def test_institution_and_law_names():
    out = cased("the Department of defense and the us department of commerce agreed.")
    assert "Department of Defense" in out and "US Department of Commerce" in out
    assert "the Children's Online Privacy Protection Act" in cased(
        "it violated the children's online privacy protection act.")
    assert cased("it was a brave act.") == "it was a brave act."


def test_organisation_suffix_after_a_name():
    assert "Suhuijin International" in cased("they bought suhuijin international last year.")
    assert "Suhuijin International" in cased("they bought Suhuijin international last year.")
    assert "Cambridge Analytics and" in cased("a company called Cambridge analytics and its affiliate")


@pytest.mark.parametrize("text, kept", [
    ("The New York Times technology columnist wrote it.", "Times technology"),
    ("It is the third album by the Ocala, Florida group The Royal Guardsmen.", "Florida group"),
    ("He is a South Korea international footballer.", "Korea international"),
])
def test_a_writers_lower_case_after_a_known_name_stands(text, kept):
    """In text written with case, an organisation word the writer left in lower case after a known
    word they capitalised is no part of the name."""
    assert kept in cased(text)


def test_demonym_does_not_start_a_name():
    assert "Chinese technology firms" in cased("Chinese technology firms grew.")


def test_pack_spans_are_capitalised():
    text = "the byte skipping company"
    out = cased(text, [(4, 17)])
    assert out == "the Byte Skipping company"


@pytest.mark.parametrize("text", ["", "   ", "12345", "ÉCOLE école straße"])
def test_length_preserved_on_odd_input(text):
    cased(text)


def test_common_nouns_missing_from_the_lexicon_stay_lower_case():
    out = cased("the smartphone market grew. users bought smartphones. the selfie trend faded.")
    assert "smartphone" in out and "Smartphone" not in out and "Selfie" not in out


def test_an_english_word_inside_a_longer_name_is_no_evidence_for_the_word():
    assert "After the war" in cased("He fought in World War I. After the war he came home.")
    # a word that is no English word still counts wherever it is capitalised
    assert "we use TikTok" in cased("we use tiktok daily. Many teens love TikTok.")
    # an everyday word WordNet lacks ("app") counts as English there: "App" of "App Store"
    assert "banned app developers" in cased("Apple banned app developers from linking outside the App Store.")


def test_the_article_covers_an_unknown_word_coordinated_after_it():
    assert "a town and comune of" in cased("Mola is a town and comune of the Metropolitan City of Bari.")
    assert "Wechat" in cased("users of quora and wechat were banned.")  # no article: still a name


def test_irregular_plurals_in_men_are_english():
    from kg.lexicon.english import english_lexicon, in_lexicon

    assert in_lexicon("women", english_lexicon()) and in_lexicon("Frenchmen", english_lexicon())
    assert "Soviet women" in cased("The team of Soviet women won. Many women trained there.")


def test_an_english_word_the_writer_used_as_a_common_noun_is_not_recased():
    out = cased("Congress appoints a caretaker president. The President spoke, and President Lopez left.")
    assert "caretaker president" in out
    out = cased("Workers protested against the Government. The government said no, and the Government won.")
    assert "The government said" in out


def test_the_head_of_a_noun_phrase_after_a_is_no_name():
    out = cased("The FBI has arrested a 28-year-old mantravelling on a plane. Users of a new wechat app agreed.")
    assert "mantravelling" in out and "Wechat" in out


def test_the_head_after_a_and_four_modifiers_a_peoples_adjective_among_them_is_no_name():
    # "defenceman" (British spelling) is no WordNet word; it heads the phrase that "a" opens
    out = cased("Berglund is a Swedish professional ice hockey defenceman who plays for Brynas.")
    assert "hockey defenceman who" in out
    # a word a lower-case one follows is a modifier, which may be a name: "a Chinese company huawei said"
    assert "company Huawei said" in cased("It is a Chinese company huawei said. Then huawei left.")
    # the phrase "a" opens ends at a comma: the name after it is no head of it
    out = cased("However, as a video sharing platform, zentok is often criticised. Users of zentok agreed.")
    assert "platform, Zentok is" in out and "of Zentok" in out


def test_a_misspelled_english_word_is_no_name():
    """A typo of an English word ("inconsistancies", "embezzlling") is no name the lexicon lacks;
    beside a capitalised word the same kind of word may be one of a foreign name, and stays a name."""
    text = "There were inconsistancies in the report, and he was charged with embezzlling funds."
    assert cased(text) == text
    assert "Centre d’Entreprises et" in cased("He heads the Centre d’entreprises et d’innovation de Montréal.")
    assert "Wechat" in cased("users of quora and wechat were banned.")  # a name one edit from no English word


def test_a_rare_compound_before_a_name_is_its_kind_not_part_of_it():
    # "planemaker" is no WordNet word, but two English words: before a name, it says what the name is
    text = "Qantas ordered jets from European planemaker Airbus. Shares of rival chipmaker Nvidia rose."
    assert cased(text) == text
    # a brand wordfreq knows ("facebook") before a capitalised word is still a name
    assert cased("He said facebook CEO Mark Zuckerberg was wrong.").startswith("He said Facebook CEO")
    # after an article and a people's adjective, such a word heads a common noun's phrase
    text = "Sanofi agreed to buy Bioverativ, the French drugmaker said on Monday."
    assert cased(text) == text


def test_a_word_inside_a_name_after_of_says_nothing_of_the_lower_case_word():
    # "Defence" of "Ministry of Defence" is the ministry's; "the Turkish defence company" keeps its word
    text = "The Turkish defence company signed a deal with the Indonesian Ministry of Defence."
    assert cased(text) == text
    assert cased("The Secretary for Justice met the justice minister.") == \
        "The Secretary for Justice met the justice minister."
    # a word capitalised standing alone still recases it ("we use tiktok daily")
    assert cased("we met at kazmunaygas. Then KazMunayGas paid.").startswith("we met at KazMunayGas")
