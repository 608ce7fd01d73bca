"""A stance for "an absolute ban" with nothing it bans does not say of what, as "deep cuts" does not.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def test_a_bare_ban_does_not_say_of_what(lexicon):
    questions, _ = _questions(lexicon, "Peru and Chile met at Lima to discuss fishing in the bay.",
                              "Peru pressed for an absolute ban, while Chile wanted only a shorter season.")
    asked = [q for q in questions if q.type in ("tf", "side") and "ban" in q.question]
    assert_held(asked, "does not say of what")
    # what is banned says it
    named, _ = _questions(lexicon, "Peru and Chile met at Lima to discuss fishing in the bay.",
                          "Peru pressed for an absolute ban on trawling, while Chile wanted only a shorter season.")
    asked = [q for q in named if q.type in ("tf", "side") and "ban" in q.question]
    assert asked and not [q for q in asked if any("does not say of what" in c for c in q.checks)]
