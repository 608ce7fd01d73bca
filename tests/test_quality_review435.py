"""Reviews 435-442: a flowchart's arrow lines; parties after a signing's date ("signed on D between X and Y");
realms joined by a dash ("Denmark–Norway"); a meeting named by its place and a noun that modifies another
("the peace congress at Prague"); a nickname in quotes; a caption line with no verb; wrong years that cross a
year the sentence prints; a number inside a year; who does what a date dates when the sentence opens with a
clause ("When Duke Ivo died ..."), a description ("The new king, Ivo Brandt, ..."), a name and its title
("William the Lion, King of Scots,"), or names the thing ("the Pragmatic Sanction of 1713"); a realm's crowns
and a state's people's word ("the Dutch" in an article on the Dutch Republic) as choices; who speaks for a side
("Austria's foreign minister, Ivo Brandt,", "Ivo the Bold, King of Scots", "the Russian envoys"), and the
states a past one became part of.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, assert_not_held, questions_of, read_article

from quizgen.checks import quality_reasons
from quizgen.extract import extract_facts
from quizgen.model import Question
from quizgen.questions import generate_questions

NAMES_NOTHING = "does not name what this date belongs to"


def _of(questions, qtype: str, kind: str = "date"):
    return [q for q in questions if q.type == qtype and q.kind == kind]


def _ready(questions):
    return [q for q in questions if not q.checks]


# -- sources -------------------------------------------------------------------------------------------------


def test_an_arrow_line_is_no_part_of_the_sentence_above_it(tmp_path):
    article = read_article(tmp_path, "# Revision map\n\n"
                                     "**Box 1.** The Treaty of Velm was signed on 4 May 1702 by Sweden and Poland.\n"
                                     "-> go to box 2\n\n"
                                     "**Box 2.** Did Sweden pay?\n"
                                     "YES → go to box 3\n"
                                     "NO => go to box 4\n")
    assert "Box 1. The Treaty of Velm was signed on 4 May 1702 by Sweden and Poland." in article.paragraphs, \
        article.paragraphs
    assert not [p for p in article.paragraphs if "go to box" in p and not p.lstrip().startswith(
        ("->", "YES", "NO"))], article.paragraphs


def test_an_arrow_inside_a_sentence_stays_in_it(tmp_path):
    article = read_article(tmp_path, "# Routes\n\nThe road ran from Velm to Osk (Velm -> Osk) and was\n"
                                     "closed in 1702.\n")
    assert article.paragraphs == ("The road ran from Velm to Osk (Velm -> Osk) and was closed in 1702.",), \
        article.paragraphs


# -- parties -------------------------------------------------------------------------------------------------


def test_parties_after_the_signing_s_date_or_place(lexicon):
    for sentence in ("The Treaty of Velm was signed on 2 May 1598 between France and Spain.",
                     "Treaty of Velm, signed 2 May 1598, between France and Spain.",
                     "The Treaty of Velm was signed at Osk in 1598 between France and Spain."):
        _, facts = questions_of(lexicon, sentence)
        parties = [f for f in facts if f.kind == "parties"]
        assert parties and parties[0].extra["sides"] == ["France", "Spain"], (sentence, [f.value for f in facts])


def test_a_noun_between_the_verb_and_between_is_no_date_or_place(lexicon):
    # "signed in 1598, ending the feud between": the list is the feud's, and the feud's noun is no party head
    _, facts = questions_of(lexicon, "The Treaty of Velm was signed in 1598, ending a feud between France and Spain.")
    assert not [f for f in facts if f.kind == "parties"], [(f.kind, f.value) for f in facts]


def test_a_realm_joined_by_a_dash_is_one_side(lexicon):
    questions, facts = questions_of(lexicon, "The Treaty of Velm was signed by Sweden and Denmark–Norway in 1613.",
                                    "Christian IV of Denmark–Norway declared war on Sweden in April 1611.")
    parties = [f for f in facts if f.kind == "parties"]
    assert parties and parties[0].extra["sides"] == ["Sweden", "Denmark–Norway"], [f.value for f in parties]
    assert not [q for q in questions if q.question.startswith("Norway ") or q.answer == "Norway"], \
        [(q.question, q.answer) for q in questions]


# -- which one -----------------------------------------------------------------------------------------------


def test_a_meeting_named_by_its_place_says_which(lexicon):
    questions, _ = questions_of(lexicon, "The peace congress at Velm broke up on 10 August, and on 12 August 1813 "
                                         "Austria declared war on France.")
    assert_not_held(_of(questions, "cloze"), "“The peace")


def test_a_noun_before_another_is_asked_with_it(lexicon):
    questions, _ = questions_of(lexicon, "The peace talks broke up on 10 August 1813.")
    assert_held(_of(questions, "cloze"), "“The peace talks” does not say which one")


def test_a_nickname_in_quotes_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, 'The "lasting peace" held for twenty years, until Austria went to war '
                                         'again in 1654.')
    assert_held(_of(questions, "cloze"), "“The \"lasting peace\"” does not say which one")


def test_a_nickname_a_name_is_called_is_no_reference(lexicon):
    questions, _ = questions_of(lexicon, 'The Peace of Velm, called the "lasting peace", held for twenty years, '
                                         'until Austria went to war again in 1654.')
    assert_not_held(_of(questions, "cloze"), "lasting peace")


def test_a_quoted_phrase_whose_head_is_another_noun_is_no_nickname(lexicon):
    questions, _ = questions_of(lexicon, 'The Velm Court applied the "multilateral treaty reservation" in 1986.')
    assert not any("“the \"multilateral treaty" in c for q in questions for c in q.checks), \
        [(q.question, q.checks) for q in questions]


# -- wording -------------------------------------------------------------------------------------------------


def test_a_caption_line_with_no_verb_states_nothing(lexicon):
    questions, _ = questions_of(lexicon, "Treaty of Velm, signed 22 April 1745, between Austria and Bavaria")
    assert_held(_of(questions, "cloze") + _of(questions, "tf"), "the sentence has no verb")
    short = _of(questions, "short")
    assert short and not short[0].checks, [(q.question, q.checks) for q in short]


def test_wrong_years_keep_the_answer_s_side_of_a_printed_year(lexicon):
    questions, _ = questions_of(lexicon, "In 1613 Ivo Brandt married Ana Ruiz and became a Catholic, a step he made "
                                         "public in 1614.")
    mcq = [q for q in _of(questions, "mcq") if q.answer == "1613"]
    assert mcq and all(int(c) < 1614 for c in mcq[0].choices), [(q.question, q.choices) for q in mcq]
    false = [q for q in _of(questions, "tf") if q.answer == "False" and "made public in 1614" in q.question]
    assert all(int(q.question.split()[1]) < 1614 for q in false), [q.question for q in false]


def test_a_number_inside_a_year_is_not_the_answer_shown(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm was ratified in 1635, and five boundary commissions "
                                         "surveyed the new frontier.")
    mcq = [q for q in _of(questions, "mcq", "quantity") if q.answer.startswith("5")]
    assert mcq and not any("contains its own answer" in c for c in mcq[0].checks), [(q.question, q.checks)
                                                                                    for q in mcq]


def test_a_number_written_in_the_stem_is_still_the_answer_shown(lexicon):
    q = Question(id="own-mcq", type="mcq", question="Complete the sentence: Velmora sent _____ envoys to Osk in 1635, "
                 "and 5 more in 1636.", answer="5", article="own", sentence="", choices=["5", "6", "7", "8"])
    assert "the question contains its own answer" in quality_reasons(q, lexicon)


# -- whose date ----------------------------------------------------------------------------------------------


def test_the_subject_of_an_opening_clause_names_its_date(lexicon):
    questions, _ = questions_of(lexicon, "When Duke Ivo of Velm died without children at Osk on 25 March 1609, "
                                         "his lands passed to his sisters.",
                                "Although Ivo Brandt resigned in 1990, he kept his seat.")
    assert_not_held(_of(questions, "cloze"), NAMES_NOTHING, count=2)


def test_an_opening_clause_without_a_name_still_leans(lexicon):
    questions, _ = questions_of(lexicon, "When the envoys left on 3 May 1990, Osk protested.")
    assert_held(_of(questions, "cloze"), NAMES_NOTHING)


def test_a_description_then_the_name_between_commas(lexicon):
    questions, _ = questions_of(lexicon, "The new king, Ivo Brandt, reached Velm in 1633 and encircled Osk.",
                                "In 1611 the Swedish king, Ivo Brandt, is said to have challenged Ana Ruiz to a duel.",
                                "On 13 July 1174, during a long rebellion of his sons, Ivo the Lion, King of Velm, "
                                "was captured outside Osk.")
    assert_not_held(_of(questions, "cloze"), NAMES_NOTHING, count=3)


def test_an_aside_that_opens_another_clause_names_no_one(lexicon):
    questions, _ = questions_of(lexicon, "In 1990, Velmora, when its envoys left, closed its border.")
    assert_held(_of(questions, "cloze"), NAMES_NOTHING)


def test_a_role_after_as_is_no_clause(lexicon):
    questions, _ = questions_of(lexicon, "Ivo Brandt was crowned as Ivo I on 13 September 1745.")
    assert_not_held(_of(questions, "cloze"), NAMES_NOTHING)


def test_a_title_of_capitals_before_of_names_its_date(lexicon):
    questions, _ = questions_of(lexicon, "Ivo Brandt left his lands to his daughter under the Velm Sanction of 1713.")
    assert_not_held([q for q in _of(questions, "cloze") if q.answer == "1713"], NAMES_NOTHING)


def test_a_label_s_title_of_a_date_still_names_nothing(lexicon):
    questions, _ = questions_of(lexicon, "Next page: The Great Velm Fair of 1851.")
    assert_held(_of(questions, "cloze"), NAMES_NOTHING)


def test_the_object_s_aside_is_left_out(lexicon):
    questions, _ = questions_of(lexicon, "Danish forces captured Velm, the gateway to the straits, in May 1612.")
    cloze = _of(questions, "cloze")
    assert cloze and not cloze[0].checks, [(q.question, q.checks) for q in cloze]


def test_a_relative_clause_after_the_object_is_another_clause(lexicon):
    questions, _ = questions_of(lexicon, "Danish forces captured Velm, which the Swedes had built, in May 1612.")
    assert_held(_of(questions, "cloze"), NAMES_NOTHING)


def test_a_realm_s_crowns_are_no_wrong_answer_to_it(lexicon):
    questions, _ = questions_of(lexicon, "Denmark and Norway were ruled by one king.",
                                "The Treaty of Velm was signed by Sweden and Denmark–Norway in 1660.",
                                "Denmark–Norway insisted on keeping Velm, while Sweden demanded its return.")
    choices = [c for q in questions if q.type in ("mcq", "side") and q.kind in ("parties", "position")
               for c in q.choices]
    assert choices and not [c for c in choices if c in ("Denmark", "Norway") or c.startswith(("Denmark ", "Norway "))
                            or c.endswith((" Denmark", " Norway"))], choices


def test_a_people_s_word_means_the_state_the_article_names_by_it(lexicon):
    questions, facts = questions_of(lexicon, "The Dutch Republic signed the Treaty of Velm with Sweden in 1660.",
                                    "The Dutch insisted on free passage through the Sound, while Sweden demanded "
                                    "tolls.")
    holders = {f.value for f in facts if f.kind == "position"}
    assert "Dutch Republic" in holders and "Netherlands" not in holders, holders
    choices = {c for q in questions if q.type == "side" for c in q.choices}
    assert "the Netherlands" not in choices, choices


# -- who speaks for a side -----------------------------------------------------------------------------------


def test_a_ruler_named_with_his_title_of_a_side_is_its_party(lexicon):
    _, facts = questions_of(lexicon, "Henry II of England and Ivo the Bold, King of Scots, signed the Treaty of Velm "
                                     "in December 1174.")
    parties = [f for f in facts if f.kind == "parties"]
    assert parties and parties[0].extra["sides"] == ["England", "Scotland"], [f.value for f in facts]


def test_a_minister_introduced_by_his_side_s_title_speaks_for_it(lexicon):
    questions, facts = questions_of(lexicon, "Austria's foreign minister, Ivo Brandt, offered himself as a mediator.",
                                    "Later Brandt insisted that the princes of Saxony be won over.")
    holders = {(f.extra["holder"], f.value) for f in facts if f.kind == "position"}
    assert ("Ivo Brandt", "Austria") in holders and ("Brandt", "Austria") in holders, holders
    statements = [q.question for q in questions if q.type == "tf" and q.kind == "position" and q.answer == "True"]
    assert "Ivo Brandt offered himself as a mediator." in statements, statements


def test_a_name_before_its_side_s_title_speaks_for_it(lexicon):
    _, facts = questions_of(lexicon, "Ivo Brandt, the Swedish envoy to Osk, left in May.",
                            "Brandt insisted that the straits stay open.")
    assert [f.value for f in facts if f.kind == "position"] == ["Sweden"], [(f.kind, f.value) for f in facts]


def test_a_place_before_a_title_is_no_person(lexicon):
    _, facts = questions_of(lexicon, "In Moscow, the Russian leader spoke.", "Moscow insisted that talks resume.")
    assert not [f for f in facts if f.kind == "position" and f.extra["holder"] == "In Moscow"], \
        [(f.extra.get("holder"), f.value) for f in facts]


def test_a_side_s_envoys_and_commissioners_hold_its_position(lexicon):
    _, facts = questions_of(lexicon, "The Russian envoys insisted that the border stay open, while the Polish "
                                     "commissioners demanded payment for the land.")
    assert sorted(f.value for f in facts if f.kind == "position") == ["Poland", "Russia"], \
        [(f.kind, f.value) for f in facts]


def test_a_state_is_never_a_wrong_answer_to_the_one_it_became_part_of(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm, concluded between Spain and Portugal, was signed on "
                                         "7 June 1494 in the Castilian town of Osk.")
    parties = [q for q in questions if q.kind == "parties"]
    assert parties and not any("Castile" in c for q in parties for c in q.checks + (q.choices or [])), \
        [(q.question, q.choices, q.checks) for q in parties]


def test_a_chat_s_time_stamp_and_speaker_are_no_part_of_the_sentence(tmp_path, lexicon):
    article = read_article(tmp_path, "# Revision chat\n\n"
                                     "**[19:03] Mia:** Sweden signed the Treaty of Osk on 22 April 1745.\n\n"
                                     "**[19:04] Jonas:** and Austria left the war in May.\n\n"
                                     "**[19:05] Mia:** ok\n")
    facts = extract_facts(article, lexicon)
    questions = generate_questions([article], {article.slug: facts}, lexicon)[article.slug]
    cloze = [q for q in questions if q.type == "cloze" and q.answer == "22 April 1745"]
    assert cloze and cloze[0].question.startswith("Sweden signed"), [q.question for q in cloze]


def test_a_named_person_s_death_names_its_date(lexicon):
    questions, _ = questions_of(lexicon, "After the death of King Ivo III in April 1632, Osk used the interregnum to "
                                         "strike.")
    assert_not_held(_of(questions, "cloze"), NAMES_NOTHING)


def test_a_group_under_its_named_commander_names_its_date(lexicon):
    questions, _ = questions_of(lexicon, "In October 1632 a Russian army under the boyar Ivo Brandt moved against Osk.")
    assert_not_held(_of(questions, "cloze"), NAMES_NOTHING)


def test_a_season_s_date_is_no_verb_s(lexicon):
    questions, _ = questions_of(lexicon, "In the spring of 1990 the army of Ivo Brandt moved.")
    assert_held(_of(questions, "cloze"), NAMES_NOTHING)
