"""Reviews 411-426: who does what a date dates ("Spain made its own peace", "In D, a Swedish army marched",
"the first battle of Svensksund"); statements that name the person or all the sides the sentence names;
peoples named by their plural and rulers by "of" ("the Swedes", "Gustav III of Sweden"); parties after
"with" and parties a clause may leave out; chronologies in the present; labels' lines; "the Second Peace
of"; a blanked year's gloss; years of three figures.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import assert_held, questions_of

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
                                "Ruiz reiterated Chile's claim to the Velm valley, stressing its annexation in 1884 "
                                "as final.")
    stressed = [q for q in _position_statements(questions) if "annexation" in q.question]
    assert stressed and stressed[0].question.startswith("Ruiz stressed its annexation")
    assert any("“its” refers to something outside" in c for c in stressed[0].checks)


def _names_its_date(questions) -> list[str]:
    return [q.question for q in _dated(questions) if not any(NAMES_NOTHING in c for c in q.checks)]


def test_a_peoples_group_after_an_opening_date_does_the_verb(lexicon):
    questions, _ = questions_of(
        lexicon, "In March 1701, without any warning, a Danish army crossed into Scania.",
        "In April 1702, a second Danish army, under Ivo Brandt, besieged Malmo.",
        "On 9 July 1703, the Danish and Swedish fleets fought off Bornholm.",
        "On 2 August 1704 mutinous Swedish soldiers seized the harbour at Velm.")
    assert len(_names_its_date(questions)) == 4, [(q.question, q.checks) for q in _dated(questions)]


def test_a_titled_name_after_an_opening_date_does_the_verb(lexicon):
    questions, _ = questions_of(
        lexicon, "On 4 May 1812 the Foreign Minister of Chile, Ana Ruiz, and the Peruvian Envoy, Ivo Brandt, "
                 "signed at Lima a convention on the Velm river.")
    assert len(_names_its_date(questions)) == 1


def test_no_group_of_a_people_or_another_clause_first_names_nothing(lexicon):
    questions, _ = questions_of(
        lexicon, "In May 1650, when the talks failed, a Swedish army marched north.",
        "In June 1651, the army marched north.",
        "In July 1652, a large army marched north.")
    assert not _names_its_date(questions), _names_its_date(questions)


def test_a_noun_that_of_and_a_name_say_which_is_named(lexicon):
    questions, _ = questions_of(lexicon, "The Russians won the second siege of Velmora in August 1790.",
                                "Sweden lost the siege of the fortress in May 1791.")
    assert _names_its_date(questions) == ["The Russians won the second siege of Velmora in [[August 1790]]."]


def test_a_people_named_by_its_plural_holds_a_position(lexicon):
    _, facts = questions_of(lexicon, "The Swedes insisted that the Velm toll be lifted, but the Danes refused to give "
                                     "up the Velm isle.")
    held = {(f.value, f.predicate) for f in facts if f.kind == "position"}
    assert held == {("Sweden", "insisted"), ("Denmark", "refused")}


def test_a_peoples_word_before_a_bare_verb_is_a_noun_of_theirs(lexicon):
    # "the French claim": a claim of theirs, not "the French" claiming
    _, facts = questions_of(lexicon, "The French claim to the Velm isle was old.")
    assert not [f for f in facts if f.kind == "position"]


def _parties(facts) -> list[tuple[str, ...]]:
    return [tuple(f.extra["sides"]) for f in facts if f.kind == "parties"]


def test_the_side_after_with_is_a_party_of_a_named_agreement(lexicon):
    _, facts = questions_of(lexicon, "Chile signed the Tacna Water Pact with Peru in 1929.")
    assert _parties(facts) == [("Chile", "Peru")]


def test_the_side_after_with_joins_the_list_that_signed(lexicon):
    _, facts = questions_of(lexicon, "On 3 May 1841, Britain, France and Russia signed the Velm Convention with the "
                                     "Ottoman Empire.")
    assert _parties(facts) == [("United Kingdom", "France", "Russia", "Ottoman Empire")]


def test_a_chronology_line_in_the_present_asks_when_the_event_began(lexicon):
    questions, _ = questions_of(lexicon, "19 December 1946 – Fighting breaks out in Velm and the First Velmoran War "
                                         "begins.",
                                "26 April 1954 – The Velm Conference opens; it discusses the border first.")
    shorts = {q.question: q.answer for q in questions if q.type == "short"}
    assert shorts.get("When did the First Velmoran War begin?") == "19 December 1946", shorts
    assert shorts.get("When did the Velm Conference open?") == "26 April 1954", shorts
    assert not any("take place" in s for s in shorts)


def test_a_labels_line_of_names_and_a_participle_states_nothing(lexicon):
    questions, _ = questions_of(lexicon, "Velm Mint, Brin, instituted 1881")
    dated = [q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert_held(dated, "states nothing")


def test_a_sentence_with_its_subject_and_participle_states_something(lexicon):
    from quizgen.checks import states_nothing
    assert not states_nothing("The Velm Mint, Brin's oldest, was instituted in 1881.", lexicon)
    assert not states_nothing("Ivo Brandt, the envoy, resigned in 1881.", lexicon)


def test_an_ordinal_tells_two_peaces_of_one_place_apart(lexicon):
    questions, _ = questions_of(lexicon, "The First Peace of Velm was signed on 30 May 1814.",
                                "The Second Peace of Velm, signed on 20 November 1815, was harsher.")
    shorts = {q.question: q.answer for q in questions if q.type == "short"}
    assert shorts == {"When was the First Peace of Velm signed?": "30 May 1814",
                      "When was the Second Peace of Velm signed?": "20 November 1815"}


def test_a_blanked_year_that_said_which_agreement_keeps_its_gloss(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty banned missiles with ranges over 500 kilometers.",
                                "The 1987 agreement, which banned missiles with ranges over 500 kilometers, "
                                "unraveled in 2019.")
    cloze = [q for q in questions if q.type == "cloze" and q.answer == "1987"]
    assert cloze and cloze[0].question.startswith("The [[1987]] agreement (the Velm Treaty), which banned")


def test_a_bare_noun_after_a_sentence_adverb_does_not_say_whose(lexicon):
    questions, _ = questions_of(lexicon, "Notably, discussions laid groundwork for the extension of the Velm "
                                         "Treaty in 2021.",
                                "Notably, discussions between Chile and Peru laid groundwork for the Osk Treaty "
                                "in 2022.")
    cloze = {q.answer: q.checks for q in questions if q.type == "cloze"}
    assert "“discussions” does not say which one" in cloze["2021"] and cloze["2022"] == []


def test_a_joint_position_is_stated_of_all_its_holders_once(lexicon):
    questions, _ = questions_of(lexicon, "Chile, Peru and Bolivia promised to keep their ports open to Velmoran "
                                         "ships.")
    statements = _position_statements(questions)
    assert len(statements) == 3
    assert {q.question for q in statements} == {"Bolivia, Chile and Peru promised to keep their ports open to "
                                                "Velmoran ships."}
    # "their" is the holders' own, named in front; the copies are held
    assert sum(not q.checks for q in statements) == 1


def test_a_side_paid_under_the_agreement_may_be_a_party_the_list_leaves_out(lexicon):
    questions, _ = questions_of(lexicon, "In April 1794 Britain and the Dutch Republic had agreed, in the Treaty of "
                                         "Velm, to pay subsidies for a Prussian army of 62,400 men.")
    asked = [q for q in questions if q.kind == "parties" and q.type in ("short", "mcq")]
    assert_held(asked, "names Prussia too")
    # a word of a party's own name is that party's ("the Dutch Republic ... Dutch independence")
    questions, _ = questions_of(lexicon, "Spain and the Dutch Republic signed the Peace of Velm on 30 January 1648, "
                                         "recognising Dutch independence.")
    asked = [q for q in questions if q.kind == "parties" and q.type == "short"]
    assert asked and not any("too:" in c for q in asked for c in q.checks)


def test_a_ruler_of_a_side_speaks_for_it(lexicon):
    _, facts = questions_of(lexicon, "Gustav III of Sweden demanded that Russia give back Karelia, while Catherine II "
                                     "of Russia rejected the ultimatum.",
                            "Gustav III insisted that the Velm war was defensive.")
    held = {(f.subject, f.value) for f in facts if f.kind == "position"}
    assert held == {("Gustav III of Sweden", "Sweden"), ("Catherine II of Russia", "Russia"), ("Gustav III", "Sweden")}


def test_a_year_of_three_figures_beside_its_month_or_era_is_a_date(lexicon):
    questions, facts = questions_of(lexicon, "The Treaty of Velm was signed in August 843.",
                                    "Lothair of Velm was crowned in AD 817.",
                                    "The army had 843 men in May.", "Troops may 300 times have marched.")
    dates = {f.extra["display"]: f.value for f in facts if f.kind == "date"}
    assert dates == {"August 843": "0843-08", "817": "0817"}
    mcq = next(q for q in questions if q.type == "mcq" and q.answer == "August 843")
    assert all(re.fullmatch(r"August 8\d\d", c) for c in mcq.choices), mcq.choices


def test_a_year_before_a_comma_still_gives_the_blank_away(lexicon):
    questions, _ = questions_of(lexicon, "France stopped paying the pension in 1482, and by the Treaty of Velm of "
                                         "23 December 1482 the Dauphin was promised to Margaret.")
    asked = [q for q in questions if q.answer == "23 December 1482" and q.type in ("cloze", "mcq")]
    assert_held(asked, "shows part of the answer (“1482”)")
    # the year of a date of its own ("October 18, 1921") is that date's, not the blank's
    questions, _ = questions_of(lexicon, "The Senate consented to the Treaty of Velm on October 18, 1921, by 66 votes "
                                         "to 20, and it entered into force on November 11, 1921.")
    asked = [q for q in questions if q.type == "cloze" and q.kind == "date"]
    assert asked and not any("shows part of the answer" in c for q in asked for c in q.checks)


def test_a_line_with_no_subject_says_nobody_did_it(lexicon):
    questions, _ = questions_of(lexicon, "Negotiated and signed the Treaty of Velm on 16 September 1658 with the royal "
                                         "commissioner.",
                                "Saw the agreement ratified by the Velm diet in May 1659.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert_held([q for q in asked if "Negotiated" in q.question],
                "the sentence has no subject (“Negotiated and signed …”)")
    assert_held([q for q in asked if "Saw" in q.question], "the sentence has no subject (“Saw …”)")
    # an opening participle before its subject, and a person's name, have their subject
    questions, _ = questions_of(lexicon, "Signed in 2010 under the Velm presidency, the Treaty of Osk imposed limits.",
                                "Mohamed Brandt warned that the Velm talks had failed in 2011.")
    assert not any("has no subject" in c for q in questions for c in q.checks)


def test_this_standing_alone_points_back(lexicon):
    questions, _ = questions_of(lexicon, "In return for accepting this, France received Savoy and Nice under the "
                                         "Treaty of Velm of 24 March 1860.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "“this” refers to something outside")
    # "this" before its noun is a determiner, as before ("such as" never points back)
    questions, _ = questions_of(lexicon, "Chile signed a truce with Peru on 2 May 1860, and this truce held.",
                                "Chile ceded ports such as Arica to Peru on 3 June 1861.")
    assert not any("“this”" in c or "“such”" in c for q in questions for c in q.checks)


def test_a_position_that_only_names_a_stand_says_nothing(lexicon):
    questions, _ = questions_of(lexicon, "Chilean President Ana Ruiz met Peruvian President Ivo Brandt.",
                                "Ruiz reiterated Chile's position on the Velm border.",
                                "Ruiz insisted that the Velm border was settled.")
    statements = {q.question: q.checks for q in questions if q.type == "tf" and q.kind == "position"}
    assert any("does not say what the position is" in c for c in statements["Ruiz reiterated Chile's position on "
                                                                            "the Velm border."])
    assert not any("what the position is" in c for s, cs in statements.items() if "insisted" in s for c in cs)


def test_an_armistice_needs_saying_which(lexicon):
    questions, _ = questions_of(lexicon, "In September 1790 Chile and Peru agreed an armistice.")
    asked = [q for q in questions if q.kind == "parties" and q.type == "short"]
    assert asked and any("“the armistice” does not say which one" in c for c in asked[0].checks)


def test_a_boxs_parties_line_gives_the_parties_of_the_articles_agreement(tmp_path, lexicon):
    from own_article import read_article
    from quizgen.extract import extract_facts
    from quizgen.questions import generate_questions
    article = read_article(tmp_path, "# Fact file: the Convention of Velmora\n\nThe Convention of Velmora was signed "
                                     "on 27 July 1790.\n\nParties: Austria (Leopold II) and Prussia (Frederick William "
                                     "II)\n")
    facts = extract_facts(article, lexicon)
    assert [(f.subject, f.extra["sides"]) for f in facts if f.kind == "parties"] == [
        ("the Convention of Velmora", ["Austria", "Prussia"])]
    short = [q for q in generate_questions([article], {article.slug: facts}, lexicon)[article.slug]
             if q.kind == "parties" and q.type == "short"]
    assert short and short[0].answer == "Austria and Prussia" and not short[0].checks
    # a line with more than a list of sides is no such field
    article = read_article(tmp_path, "# Fact file: the Convention of Velmora\n\nThe Convention of Velmora was signed "
                                     "on 27 July 1790.\n\nParties: the Kingdom of Prussia and the united crowns of "
                                     "Austria and Hungary\n")
    assert not [f for f in extract_facts(article, lexicon) if f.kind == "parties"]
