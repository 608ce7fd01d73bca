"""Review 47-48: a date in an opening adverbial ("On 3 May 1921, at Velmora, Ivo Brandt ...") belongs
to the named subject's verb after it, and one date written in two calendars is one date.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions

_SETTING = "Aldoria and Marnia share a long border. Ivo Brandt led Aldoria for a decade."
_NO_SUBJECT = "does not name what this date belongs to"


def _cloze(lexicon, sentence: str):
    questions, _ = _questions(lexicon, _SETTING, sentence)
    (cloze,) = [q for q in questions if q.type == "cloze" and q.sentence == sentence]
    return cloze


def test_a_date_in_an_opening_adverbial_belongs_to_the_named_subject_after_it(lexicon):
    for sentence in ("On 3 May 1921, in the old square of Velmora, Ivo Brandt handed the city keys to Marnia.",
                     "In June 1905, Ivo Brandt resigned from the council of Velmora.",
                     "At Velmora on 3 May 1921, Aldoria signed a truce with Marnia.",
                     "In 1921 Governor Ivo Brandt learned that Marnia had sold the port of Velmora.",
                     "On 9 April 1921, the Aldorian envoy Ivo de Brandt handed a letter to Marnia.",
                     # a part of the year is the date's own adverbial: the spring of 1905 is when he resigned
                     "In the spring of 1905, Ivo Brandt resigned from the council of Velmora."):
        cloze = _cloze(lexicon, sentence)
        assert not cloze.checks, (cloze.question, cloze.checks)
    # before a pronoun, a common noun, a vague reference, or holding a noun's own date: still held
    for sentence in ("In June 1905, he resigned from the council of Velmora.",
                     "In June 1905, The crowd cheered outside the council of Velmora.",
                     "In the harvest of 1905, Ivo Brandt resigned from the council of Velmora.",
                     "In June 1905, That envoy resigned from the council of Velmora.",
                     "On 3 May 1921, in response to it, Ivo Brandt resigned from the council of Velmora."):
        assert_held([_cloze(lexicon, sentence)], _NO_SUBJECT)


def _signing(lexicon, sentence: str):
    questions, _ = _questions(lexicon, "Aldoria and Marnia signed the Treaty of Velmora.", sentence)
    return [q for q in questions if q.sentence == sentence or q.type == "short"]


def test_one_date_in_two_calendars_does_not_hold_its_short_question(lexicon):
    for sentence in ("The Treaty of Velmora was signed on 28 February 1702 (11 March in the Gregorian calendar).",
                     "The Treaty of Velmora was signed on 28 February 1702 (O.S.; 11 March 1702 N.S.)."):
        shorts = [q for q in _signing(lexicon, sentence) if q.type == "short"]
        ready = [q for q in shorts if not q.checks]
        assert [q.answer for q in ready] == ["28 February 1702"], [(q.answer, q.checks) for q in shorts]
        assert "11 March 1702" in ready[0].answer_note
        assert not [q for q in shorts if any("another date for the same event" in c for c in q.checks)]


def test_a_cloze_or_mcq_does_not_print_one_calendars_date_beside_the_others_blank(lexicon):
    sentence = "The Treaty of Velmora was signed on 28 February 1702 (11 March in the Gregorian calendar)."
    asked = [q for q in _signing(lexicon, sentence) if q.type in ("cloze", "mcq")]
    assert len(asked) == 4
    assert_held(asked, "the same date in another calendar")
    # a bracket that names no calendar holds another date
    asked = _signing(lexicon, "The Treaty of Velmora was signed on 28 February 1702 (ratified 11 March 1703).")
    assert not [q for q in asked if any("another calendar" in c for c in q.checks)], [q.checks for q in asked]
