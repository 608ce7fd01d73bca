"""Reviews 411-418: a possessive of the subject's own number ("Spain made its own peace"); a statement of a
position that names the person the sentence names ("Ruiz insisted ...", not "Chile insisted ...").

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of

NAMES_NOTHING = "does not name what this date belongs to"


def _dated(questions, qtype: str = "cloze"):
    return [q for q in questions if q.type == qtype and q.kind == "date"]


def test_a_possessive_of_the_subject_names_the_actor(lexicon):
    questions, _ = questions_of(lexicon, "Spain made its own peace with Portugal on 13 February 1668.",
                                "France and Spain signed their own truce on 7 November 1659.")
    cloze = _dated(questions)
    assert len(cloze) == 2 and not any(NAMES_NOTHING in c for q in cloze for c in q.checks), \
        [(q.question, q.checks) for q in cloze]


def test_a_possessive_of_another_number_still_leans(lexicon):
    # "their" after one state is not the subject's own: whose treaty, the sentence before said
    questions, _ = questions_of(lexicon, "France signed their treaty on 3 May 1801.")
    cloze = _dated(questions)
    assert cloze and all(any(NAMES_NOTHING in c or "“their”" in c for c in q.checks) for q in cloze)


def _position_statements(questions):
    return [q for q in questions if q.type == "tf" and q.kind == "position"]


def test_a_statement_names_the_person_who_spoke(lexicon):
    questions, _ = questions_of(
        lexicon, "Chilean President Ana Ruiz insisted that the Velm border was settled, while Peruvian President "
                 "Ivo Brandt insisted that the Velm border was open.",
        "Ruiz criticized the Velm tariff as unfair.")
    statements = _position_statements(questions)
    assert len(statements) == 3
    for q in statements:
        assert q.question.startswith(("Ana Ruiz ", "Ivo Brandt ", "Ruiz ")), q.question
    # true when it names the one who said it, false when it names the other
    for q in statements:
        said = {"that the Velm border was settled.": ("Ana Ruiz",), "that the Velm border was open.": ("Ivo Brandt",),
                "the Velm tariff as unfair.": ("Ruiz",)}
        clause = next(c for c in said if q.question.endswith(c))
        assert (q.answer == "True") == q.question.startswith(said[clause]), (q.question, q.answer)


def test_a_person_is_not_set_against_a_state(lexicon):
    # the other side speaks only as a state: a person in one statement and a state in another would say
    # which of them is true, so both name states
    questions, _ = questions_of(
        lexicon, "Chilean President Ana Ruiz insisted that the Velm border was settled, while Peru insisted that "
                 "the Velm border was open.")
    statements = _position_statements(questions)
    assert statements and all(q.question.startswith(("Chile ", "Peru ")) for q in statements), \
        [q.question for q in statements]


def test_its_after_a_person_is_no_side_of_hers(lexicon):
    questions, _ = questions_of(lexicon, "Chilean President Ana Ruiz spoke in Lima.",
                                "Ruiz reiterated Chile's claim to the Velm valley, stressing its annexation in 1884 as final.")
    stressed = [q for q in _position_statements(questions) if "annexation" in q.question]
    assert stressed and stressed[0].question.startswith("Ruiz stressed its annexation")
    assert any("“its” refers to something outside" in c for c in stressed[0].checks)
