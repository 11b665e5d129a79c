"""kg's own spaCy pipeline components (registered when this module is imported)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


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
