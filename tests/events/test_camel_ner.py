from __future__ import annotations

import sys
import types

import pytest

from chrono.events import camel_ner, find_entities
from chrono.model import Entity


def _fake_camel_tools(monkeypatch: pytest.MonkeyPatch, pretrained) -> None:  # noqa: ANN001 - a stand-in
    """Install stand-in camel_tools modules whose NERecognizer.pretrained is `pretrained`."""
    ner = types.ModuleType("camel_tools.ner")
    ner.NERecognizer = type("NERecognizer", (), {"pretrained": staticmethod(pretrained)})  # type: ignore[attr-defined]
    word = types.ModuleType("camel_tools.tokenizers.word")
    word.simple_word_tokenize = str.split  # type: ignore[attr-defined]
    for name, module in {
        "camel_tools": types.ModuleType("camel_tools"),
        "camel_tools.ner": ner,
        "camel_tools.tokenizers": types.ModuleType("camel_tools.tokenizers"),
        "camel_tools.tokenizers.word": word,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)


def test_without_camel_tools_the_loader_gives_none_or_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "camel_tools", None)  # makes `import camel_tools...` fail
    assert camel_ner.load() is None
    with pytest.raises(camel_ner.CamelNERUnavailable, match=r"pip install 'chrono\[camel\]'"):
        camel_ner.load(required=True)


def test_without_the_model_data_the_loader_gives_none_or_says_what_to_download(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing() -> None:
        raise OSError("no such file: ner-arabert")

    _fake_camel_tools(monkeypatch, missing)
    assert camel_ner.load() is None
    with pytest.raises(camel_ner.CamelNERUnavailable, match="camel_data -i ner-arabert"):
        camel_ner.load(required=True)


def test_a_loaded_model_adds_names_in_canonical_form_where_the_gazetteer_knows_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    labels = {"زار": "O", "ثابت": "B-PERS", "العباسي": "I-PERS", "مدينة": "O", "الانبار": "B-LOC"}
    model = types.SimpleNamespace(predict_sentence=lambda tokens: [labels[t] for t in tokens])
    _fake_camel_tools(monkeypatch, lambda: model)
    ner = camel_ner.load(required=True)
    assert ner is not None
    assert find_entities("زار ثابت العباسي مدينة الانبار", ner=ner) == (
        Entity("الأنبار", "LOC"),
        Entity("ثابت العباسي", "PER"),
    )


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["B-PERS", "I-PERS", "O", "B-ORG"], [("أ ب", "PER"), ("د", "ORG")]),
        (["I-LOC", "I-LOC", "B-LOC", "O"], [("أ ب", "LOC"), ("ج", "LOC")]),  # I- after O starts a name
        (["B-PERS", "I-LOC", "B-MISC", "O"], [("أ", "PER"), ("ب", "LOC")]),  # kinds differ; MISC is dropped
        (["B-LOC", "O", "B-LOC", "O"], [("أ", "LOC"), ("ج", "LOC")]),
    ],
)
def test_decode_reads_bio_labels(labels: list[str], expected: list[tuple[str, str]]) -> None:
    assert [(e.name, e.kind) for e in camel_ner.decode(["أ", "ب", "ج", "د"], labels)] == expected
