"""camel-tools' Arabic NER, as an optional second recogniser beside the gazetteer.

    ner = camel_ner.load()                 # None when camel-tools or its model is missing
    ner = camel_ner.load(required=True)    # or raise CamelNERUnavailable saying what to install
    find_entities(text, ner=ner)           # gazetteer names first, then what the model adds

Optional because the model (AraBERT fine-tuned for NER, several hundred MB, fetched with
`camel_data -i ner-arabert`) cannot be downloaded everywhere chrono runs, and the merge must give the same
chronology with or without it. camel_tools is imported only here, and only when `load` is called, because
it pulls torch. A name the model finds that the gazetteer knows gets its canonical form; others keep the
words as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from chrono.events.entities import Recogniser, find_entities
from chrono.model import Entity, EntityKind

_KINDS: dict[str, EntityKind] = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG"}  # MISC is not kept


class CamelNERUnavailable(RuntimeError):
    """camel-tools, or its NER model, is not installed."""


def load(required: bool = False) -> Recogniser | None:
    """A recogniser backed by camel-tools' pretrained NER; None (or CamelNERUnavailable if `required`)
    when camel-tools or its model data is missing."""
    try:
        from camel_tools.ner import NERecognizer
        from camel_tools.tokenizers.word import simple_word_tokenize
    except ImportError as e:
        return _missing(required, "camel-tools is not installed (pip install 'chrono[camel]')", e)
    try:
        model = NERecognizer.pretrained()
    except Exception as e:  # CatalogueError for an unknown model, OSError from transformers for missing files
        return _missing(required, "camel-tools' NER model is missing (run: camel_data -i ner-arabert)", e)

    def recognise(text: str) -> tuple[Entity, ...]:
        tokens = simple_word_tokenize(text)
        return decode(tokens, model.predict_sentence(tokens))

    return recognise


def decode(tokens: Sequence[str], labels: Sequence[str]) -> tuple[Entity, ...]:
    """Entities from BIO labels (B-PERS, I-PERS, B-LOC, ..., O), each once, in order. An I- label
    continues the name only right after a label of the same kind; otherwise it starts one."""
    spans: list[tuple[list[str], EntityKind]] = []
    previous = "O"
    for token, label in zip(tokens, labels, strict=True):
        tag, _, kind = label.partition("-")
        if kind in _KINDS:
            if tag == "I" and previous.partition("-")[2] == kind:
                spans[-1][0].append(token)
            else:
                spans.append(([token], _KINDS[kind]))
        previous = label
    found: dict[Entity, None] = {}
    for words, kind in spans:
        surface = " ".join(words)
        for entity in find_entities(surface) or (Entity(surface, kind),):
            found.setdefault(entity)
    return tuple(found)


def _missing(required: bool, message: str, cause: Exception) -> None:
    if required:
        raise CamelNERUnavailable(message) from cause
    return None
