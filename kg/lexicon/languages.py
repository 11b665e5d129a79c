"""Names of languages and codes of currencies, from pycountry's ISO lists: a language's name is a
name wherever it stands ("In English Church history"), and no people's or country's
(``kg.lexicon.countries`` answers those); a currency's code after an amount is no name ("23
trillion VND")."""

from __future__ import annotations

from functools import lru_cache

from kg.stored import table


@lru_cache(maxsize=1)
@table("language-names", ("pycountry",))
def language_names() -> frozenset[str]:
    """Lower-cased names of the major languages (ISO 639-1, pycountry): "english", "latin",
    "sanskrit". A language's name is a name wherever it stands ("In English Church history").
    Kept between processes (:mod:`kg.stored`): pycountry reads its JSON of 8,000 languages to
    give them (0.1 s of every parse child's first document).

    >>> "english" in language_names(), "day" in language_names()
    (True, False)
    """
    import pycountry

    return frozenset(lang.name.lower() for lang in pycountry.languages if hasattr(lang, "alpha_2"))


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes of the currencies (pycountry): "USD", "VND", "UZS". Read only when an
    amount is followed by a word in capitals (0.03 s, once a process).

    >>> "VND" in currency_codes(), "NATO" in currency_codes()
    (True, False)
    """
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)
