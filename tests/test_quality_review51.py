"""Review 51-52: a ton is not a tonne, a hedge's own verb ("is said to") is no stance, a side is named as
the article names it ("Britain" in an article on 1783; "Moscow" is the Soviet Union in one that names no Russia),
"the treaty" of a text that names none is the one its title names, and "Plains Indians" is no India.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


def test_tons_stay_tons_and_tonnes_stay_tonnes(lexicon):
    questions, facts = _questions(lexicon, "The Velmora Compact limited each gunboat to no more than 100 tons.",
                                  "Aldoria may land 40,000 tonnes of herring a year under the compact.")
    values = {f.value for f in facts if f.kind == "quantity"}
    assert "<=100 tons" in values and "40000 tonnes" in values, values
    mcq = [q for q in questions if q.type == "mcq" and "gunboat" in q.question]
    assert mcq and all("tonne" not in c for q in mcq for c in q.choices), [q.choices for q in mcq]


def test_a_hedges_own_verb_is_no_stance(lexicon):
    _, facts = _questions(lexicon, "Aldoria and Marnia signed the Velmora Compact in 1921.",
                          "Britain is said to have refused to sit for the painter.")
    assert not [f for f in facts if f.kind == "position" and f.predicate == "said"], facts


def _side_question(lexicon, first: str):
    questions, _ = _questions(lexicon, first, "Iceland and Norway signed a truce in 1976.")
    (side,) = [q for q in questions if q.type == "side" and "rejected" in q.question]
    return side


def test_a_side_is_named_as_the_article_names_it(lexicon):
    # an article that says "Britain", never "the United Kingdom", is not given a name from 1801 on
    side = _side_question(lexicon, "Britain rejected the new fishing zone, while Iceland defended it.")
    assert (side.answer, sorted(side.choices)) == ("Britain", ["Britain", "Iceland", "Norway"])
    # the usual name, or it written short, is kept as questions write it
    for first in ("The United Kingdom rejected", "The UK rejected"):
        side = _side_question(lexicon, first + " the new fishing zone, while Iceland defended it.")
        assert side.answer == "the United Kingdom", side


def test_a_shared_seat_is_the_side_the_article_names():
    from quizgen.extract import load_lexicon
    from quizgen.extract.sides import SideIndex
    lexicon = load_lexicon()
    soviet = SideIndex(lexicon, "The Soviet Union signed in 1975. Moscow wanted its borders recognised.")
    assert [m.side for m in soviet.mentions("Moscow wanted its borders recognised.")] == ["Soviet Union"]
    russia = SideIndex(lexicon, "Russia signed in 2010. Moscow wanted the limits kept.")
    assert [m.side for m in russia.mentions("Moscow wanted the limits kept.")] == ["Russia"]
    both = SideIndex(lexicon, "The Soviet Union signed in 1987 and Russia left in 2019. Moscow objected.")
    assert [m.side for m in both.mentions("Moscow objected.")] == ["Russia"]     # no telling: as before


def test_the_treaty_named_only_in_the_title_is_the_treaty_of_the_text(lexicon):
    def dated(title: str, *paragraphs: str):
        _, facts = _questions(lexicon, *paragraphs, title=title)
        return {f.value: f.subject for f in facts if f.kind == "date"}

    body = ("Marnia ratified the treaty on 4 May 1921.", "It was signed in 1920 after a long war.")
    assert dated("Our Autumn Talk on the Treaty of Velmora", *body) == \
        {"1921-05-04": "the Treaty of Velmora", "1920": ""}     # a noun refers to it; "it" is not guessed
    # a headline's words before the noun make no name
    assert dated("Aldoria Quits Harbour Deal", *body)["1921-05-04"] == ""



def test_a_peoples_word_inside_a_longer_name_is_no_side(lexicon):
    from quizgen.extract.sides import SideIndex
    sides = SideIndex(lexicon, "")
    assert [m.side for m in sides.mentions("The council of the Plains Indians met the envoys in 1868.")] == []
    assert [m.side for m in sides.mentions("Indian officials met the envoys in 1968.")] == ["India"]


def test_a_word_cut_by_the_window_before_a_number_is_not_what_it_measures(lexicon):
    # the window before "30 years" starts inside "Britain": "ritain" is no word of the sentence
    _, facts = _questions(lexicon, "It was a right to sell cloth in the southern ports, granted to Britain for 30 years.")
    assert [(f.predicate, f.value) for f in facts if f.kind == "quantity"] == [("duration", "30 years")]
