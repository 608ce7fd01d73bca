"""Reviews 443-450: whose date a sentence names when its subject is a people ("The Spanish beat ..."), a named
person's kin ("Ivo's younger brother Ana Ruiz"), a named owner's event ("from Odo's death on D") or group
("Rollo's army", "the armies of Poland and Lithuania"), or a name ending in a common noun ("the Hague alliance of
D"); a part of the year as the date's own adverbial ("In the summer of 1630"); an object's aside before a
phrase and its preposition; an erratum's misprint; an erratum's "Reason:" label; rulers with a title between
commas in a list of parties, with a name's small words ("Ivo ap Brin"); "The parties were ..."; years of three
figures after a date's preposition ("In 912 Rollo was baptised").

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, assert_not_held, questions_of, read_article

from quizgen.extract import extract_facts

NAMES_NOTHING = "does not name what this date belongs to"


def _cloze(questions):
    return [q for q in questions if q.type == "cloze" and q.kind == "date"]


def _named(lexicon, *paragraphs):
    questions, _ = questions_of(lexicon, *paragraphs)
    assert_not_held(_cloze(questions), NAMES_NOTHING)


def test_a_people_s_word_as_the_subject_names_its_date(lexicon):
    _named(lexicon, "The Spanish beat the French at Velm on 10 August 1557.")


def test_a_named_person_s_kin_with_a_name_is_named(lexicon):
    _named(lexicon, "Ivo Brandt's younger brother Ana ap Ruiz had gone over to Osk in 1274.")


def test_a_named_owner_s_event_names_its_date(lexicon):
    _named(lexicon, "Later Odo fled.", "Charles ruled alone only from Odo's death on 1 January 898.")


def test_a_named_owner_s_relational_noun_still_leans(lexicon):
    questions, _ = questions_of(lexicon, "Later Odo fled.", "Odo's withdrawal in 1990 was quiet.")
    assert _cloze(questions) and all(q.checks for q in _cloze(questions)), \
        [(q.question, q.checks) for q in _cloze(questions)]


def test_a_named_owner_s_group_after_the_date_names_it(lexicon):
    _named(lexicon, "Later Rollo fled.", "On 20 July 911 Rollo's army was beaten outside Velm by Ivo Brandt.",
           "In July 1422 the armies of Poland and Lithuania crossed into Prussia.")


def test_a_name_ending_in_an_agreement_s_noun_names_its_date(lexicon):
    _named(lexicon, "Under the Hague alliance of December 1625, England promised Denmark money.")


def test_a_name_ending_in_any_other_noun_names_nothing(lexicon):
    questions, _ = questions_of(lexicon, "Near the Velm coast of 1625, Osk lost ships.")
    assert_held(_cloze(questions), NAMES_NOTHING)


def test_a_part_of_the_year_is_the_date_s_own_adverbial(lexicon):
    _named(lexicon, "In the summer of 1630 Gustav Adolf landed in Pomerania.")


def test_an_object_s_aside_before_a_phrase_and_its_preposition_is_left_out(lexicon):
    _named(lexicon, "Later Llywelyn fled.", "Llywelyn had married Ana de Brin, daughter of Ivo de Brin, by proxy in "
                                            "1275.")


def test_an_erratum_s_misprint_states_nothing(lexicon):
    _, facts = questions_of(lexicon, 'Page 112, line 4: for "signed at Velm on 17 March 1329" read "signed at Velm on '
                                     '17 March 1328".',
                            'Page 113, line 11: for "a payment of £2,000" read "a payment of £20,000".')
    values = {f.value for f in facts}
    assert "1328-03-17" in values and "1329-03-17" not in values, values
    assert not [f for f in facts if f.kind == "quantity" and f.extra.get("low") == 2000], \
        [(f.kind, f.value) for f in facts]


def test_a_reason_label_is_no_part_of_its_sentence(tmp_path, lexicon):
    article = read_article(tmp_path, "# Errata\n\n1. Page 112: for \"Edward II\" read \"Edward III\".\n"
                                     "   Reason: Edward II had been deposed in January 1327.\n")
    facts = extract_facts(article, lexicon)
    dated = [f for f in facts if f.kind == "date" and f.value == "1327-01"]
    assert dated and not dated[0].sentence.startswith("Reason"), [f.sentence for f in facts]


def test_rulers_with_their_titles_between_commas_are_the_parties(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm was agreed on 9 November 1277 between Ivo ap Brin, Prince "
                                     "of Wales, and Edward I of England.")
    parties = [f for f in facts if f.kind == "parties"]
    assert parties and parties[0].extra["sides"] == ["Wales", "England"], [(f.kind, f.value) for f in facts]


def test_the_parties_were_names_the_agreement_before(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm was signed in 1559. The parties were Henry II of France and "
                                     "Philip II of Spain.")
    parties = [f for f in facts if f.kind == "parties"]
    assert parties and parties[0].subject == "the Treaty of Velm" and parties[0].extra["sides"] == ["France", "Spain"], \
        [(f.kind, f.subject, f.value) for f in facts]


def test_the_parties_of_an_unnamed_talk_are_no_agreement_s(lexicon):
    _, facts = questions_of(lexicon, "The war went on. The parties were France and Spain.")
    assert not [f for f in facts if f.kind == "parties"], [(f.kind, f.subject, f.value) for f in facts]


def test_three_figures_after_a_date_s_preposition_are_a_year(lexicon):
    _, facts = questions_of(lexicon, "In 912 Rollo was baptised.", "Rollo died in 933.",
                            "In the autumn of 911 Charles and Rollo met at Velm.")
    assert sorted(f.value for f in facts if f.kind == "date") == ["0911", "0912", "0933"], \
        [(f.kind, f.value) for f in facts]


def test_three_figures_that_count_or_fall_before_christ_are_no_year(lexicon):
    _, facts = questions_of(lexicon, "In 300 cases the court ruled for Velm.", "In 420 BC Sparta was barred.",
                            "Velm sent a force of 500 Marines in 1990.")
    assert [f.value for f in facts if f.kind == "date"] == ["1990"], [(f.kind, f.value) for f in facts]


# -- rulers as sides of their own ------------------------------------------------------------------------------


def test_a_ruler_tied_to_no_state_is_a_side_of_his_own(lexicon):
    questions, facts = questions_of(lexicon, "The Treaty of Velm was agreed in 911 between King Ivo III and the "
                                             "Viking leader Brandr.",
                                    "Ivo refused to give up Osk, while Brandr insisted on the coast.")
    parties = [f for f in facts if f.kind == "parties"]
    assert parties and parties[0].extra["sides"] == ["Ivo III", "Brandr"], [(f.kind, f.value) for f in facts]
    assert {f.value for f in facts if f.kind == "position"} == {"Ivo III", "Brandr"}, \
        [(f.kind, f.value) for f in facts]


def test_a_ruler_of_a_state_is_that_state_s(lexicon):
    _, facts = questions_of(lexicon, "King Ivo II of Sweden refused to give up Osk.")
    assert [f.value for f in facts if f.kind == "position"] == ["Sweden"], [(f.kind, f.value) for f in facts]


def test_a_ruler_is_offered_only_against_rulers_and_a_state_against_states(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm was signed in 1660 by Sweden and Denmark.",
                                "King Ivo III refused to sign it.",
                                "Sweden insisted on keeping the Sound, while Denmark demanded its return and "
                                "Norway refused the terms.")
    for q in questions:
        if q.type in ("side", "mcq") and q.kind in ("position", "parties"):
            assert not any("Ivo" in c for c in q.choices) or "Ivo" in q.answer, (q.question, q.choices)


def test_a_ruler_beside_states_in_a_list_of_parties_is_held(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm was signed in 1648 between King Ivo III and Sweden.")
    assert_held([q for q in questions if q.kind == "parties"], "a ruler beside states")
