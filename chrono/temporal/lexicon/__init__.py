"""Arabic temporal vocabulary as data: one module per kind of word, no engine code.

Entries are written as Arabic is spelled (أبريل, not the folded ابريل); the grammar folds every form with
`chrono.arabic.normalise` when it compiles its patterns, and tests/temporal/test_lexicon.py checks that no
folded form ends up with two meanings.
"""
