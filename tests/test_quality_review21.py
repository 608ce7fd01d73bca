"""Reviews 21 and 22: a date of another, unnamed agreement filed as the named one's signing.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import questions_of as _questions


SIGNED = "On 4 June 1950 Aldoria and Marnia signed the Lorn Accord, which opened the Kessa strait to shipping."


@pytest.mark.parametrize("sentence", [
    # the event word's object is an agreement of its own, named only as "a pact"
    "Marnia was not consulted, and its envoys waited outside; Velmland, which had signed a pact of friendship "
    "with Marnia in April 1931, was also left out.",
    # a pluperfect in a clause that neither names nor points back to an agreement: an earlier event
    "Marnia was not consulted, and its envoys waited outside; Velmland, which had already signed with Marnia "
    "in April 1931, was also left out.",
])
def test_a_date_of_another_agreement_is_not_the_named_ones(lexicon, sentence):
    questions, facts = _questions(lexicon, SIGNED, sentence)
    dated = [f for f in facts if f.value == "1931-04"]
    assert dated and not any(f.subject for f in dated), [(f.subject, f.predicate) for f in dated]
    shorts = [q for q in questions if q.type == "short" and q.answer == "April 1931"]
    assert not [q for q in shorts if not q.checks], [(q.question, q.checks) for q in shorts]


def test_a_pluperfect_about_the_named_agreement_stays_its_date(lexicon):
    _, facts = _questions(lexicon, "Velmland pointed to the Lorn Accord, which it had signed with Marnia in 1931.")
    dated = [f for f in facts if f.value == "1931"]
    assert dated and all(f.subject == "the Lorn Accord" for f in dated), [(f.subject, f.predicate) for f in dated]
