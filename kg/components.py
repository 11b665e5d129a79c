"""kg's own spaCy pipeline components (registered when this module is imported)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.component(
    "kg_paragraph_boundaries",
    assigns=["token.is_sent_start"],
    requires=["token.text"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: evidence never spans two paragraphs."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


#: Parts of speech whose lemmas the extractors read (relation labels, hedges, speech and copula
#: verbs). Other tokens keep what the attribute ruler gave them (pronouns) or none: ~8 % of a parse
#: saved (see ``VerbLemmas``).
LEMMATIZED_POS = frozenset({"VERB", "AUX"})


class VerbLemmas:
    """Lemmatize verbs and auxiliaries only, with the pipeline's own (disabled) lemmatizer.

    kg reads ``lemma_`` of verbs alone, yet spaCy's lemmatizer runs its Python rules on every
    token. This component gives those verbs exactly the lemma the lemmatizer would.
    """

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self.lemmatize = lemmatize

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.lemma == 0 and token.pos_ in LEMMATIZED_POS:
                token.lemma_ = self.lemmatize(token)[0]
        return doc


@Language.factory("kg_verb_lemmas", assigns=["token.lemma"], requires=["token.pos"])
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp.get_pipe("lemmatizer").lemmatize)
