"""Reviews 451-458: a ruler named again by his first name ("Henry" for "Henry VIII of England"); a ruler of his
own is not his minister ("Charles's chancellor, Ivo, refused"); "He" stands for a person, never for a state
named last; a passive is no stance ("is also said to
have", "It was agreed between A and B"); a date set beside an agreement's name; a place's small word inside an
agreement's name ("the Treaty of Medina del Campo"); three figures before a number word; a false number in words
with its scale ("two hundred"); "so over" a duration; "the king"; "that" alone before "and".

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import assert_held, questions_of


def _positions(facts):
    return sorted((f.extra["holder"], f.value) for f in facts if f.kind == "position")


def test_a_ruler_of_a_state_named_again_by_his_first_name_speaks_for_it(lexicon):
    _, facts = questions_of(lexicon, "The Peace of Velm was signed in 1544 by Francis I of France and Henry VIII of "
                                     "England.",
                            "Francis complained that the terms were harsh, while Henry insisted on keeping Osk.")
    assert ("Francis", "France") in _positions(facts) and ("Henry", "England") in _positions(facts), \
        _positions(facts)


def test_a_ruler_of_his_own_is_not_his_minister(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm was agreed in 1526 between King Ivo V and King Brin I.",
                            "Ivo's chancellor, Ana Ruiz, had reportedly refused to seal the treaty.")
    assert not [p for p in _positions(facts) if p[0].startswith("Ivo")], _positions(facts)
    parties = [f for f in facts if f.kind == "parties"]
    assert parties and parties[0].extra["sides"] == ["Ivo V", "Brin I"], [(f.kind, f.value) for f in facts]


def test_a_passive_is_no_stance_of_its_subject(lexicon):
    _, facts = questions_of(lexicon, "King Ivo met the Danish leader Brandr in 878.",
                            "Ivo is also said to have entered the Danish camp disguised as a harper.",
                            "It was agreed between Ivo, with his councillors, and Brandr, that the border should "
                            "follow the river.")
    assert not _positions(facts), _positions(facts)


def test_a_date_beside_an_agreement_s_name_is_its_own(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm, 7 June 1546, left Osk to England for eight years.",
                            "The Treaty of Brin (9 May 1550) ended the war.")
    dated = {f.subject for f in facts if f.kind == "date"}
    assert dated == {"the Treaty of Velm", "the Treaty of Brin"}, [(f.subject, f.value) for f in facts]


def test_a_place_s_small_word_stays_in_an_agreement_s_name(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm del Campo was signed on 27 March 1489.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Treaty of Velm del Campo"], \
        [(f.subject, f.value) for f in facts]


def test_three_figures_before_a_number_word_are_a_year(lexicon):
    _, facts = questions_of(lexicon, "In 812 three envoys came to Velm.")
    assert [f.value for f in facts if f.kind == "date"] == ["0812"], [(f.kind, f.value) for f in facts]
    assert not [f for f in facts if f.kind == "quantity" and f.extra.get("low") == 812], \
        [(f.kind, f.value) for f in facts]


def test_he_stands_for_a_person_never_for_a_state_named_last(lexicon):
    _, facts = questions_of(lexicon, "The Duchy of Burgundy refused to change its master.",
                            "He also promised to restore the Duke of Osk to his lands.")
    assert [p for p in _positions(facts) if p[0] == "He"] == [], _positions(facts)


def test_he_still_stands_for_the_person_who_spoke_last(lexicon):
    _, facts = questions_of(lexicon, "Francis I of France refused to hand over Burgundy.",
                            "He also promised to restore the Duke of Osk to his lands.")
    assert ("He", "France") in _positions(facts), _positions(facts)


def test_she_stands_for_a_side_s_representative_who_spoke_last(lexicon):
    _, facts = questions_of(lexicon, "The representative of South Africa noted that the talks had been long.",
                            "She welcomed the work of the Velm Commission.")
    assert ("She", "South Africa") in _positions(facts), _positions(facts)


def test_rulers_who_agree_to_act_name_no_agreement_s_parties(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm was signed by Russia and the Ottoman Empire in 1833.",
                            "At Osk, King Ivo I and Emperor Brin II agreed to act together if it collapsed.")
    assert [f.extra["sides"] for f in facts if f.kind == "parties"] == [["Russia", "Ottoman Empire"]], \
        [(f.kind, f.subject, f.value) for f in facts]


def test_a_false_number_written_in_words_with_its_scale_is_written_whole(lexicon):
    questions, _ = questions_of(lexicon, "England had held Osk for two hundred years when the Treaty of Velm was "
                                         "signed.")
    false = [q for q in questions if q.type == "tf" and q.kind == "quantity" and q.answer == "False"]
    assert not [q for q in false if re.search(r"\d\s+hundred", q.question)], [q.question for q in false]


def test_so_over_a_duration_is_a_bound(lexicon):
    questions, _ = questions_of(lexicon, "England had held Osk since 1347, so over two hundred years, when the Treaty "
                                         "of Velm gave it back.")
    mcq = [q for q in questions if q.type == "mcq" and q.kind == "quantity"]
    assert_held(mcq, "is true of the smaller choices too")


def test_the_king_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "After the Treaty of Velm, Brandr stayed twelve nights with the king.")
    assert_held([q for q in questions if q.type == "cloze"], "“the king” does not say which one")


def test_that_before_and_is_a_pronoun_for_the_sentence_before(lexicon):
    questions, _ = questions_of(lexicon, "But the Velm Decree of March 1492 overtook that and expelled the envoys.")
    assert_held([q for q in questions if q.type == "cloze"], "“that” refers to something outside the question")


def test_a_ruler_after_his_side_s_word_is_that_side_s(lexicon):
    _, facts = questions_of(lexicon, "French King Ivo I reportedly demanded to see the clause that divided the world.")
    assert [f.value for f in facts if f.kind == "position"] == ["France"], [(f.kind, f.value) for f in facts]
