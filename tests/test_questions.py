"""Questions from facts: ids, cloze marks, choices, distractors, true/false and sides.

The corpus is our four fixture articles plus the seed, so distractors are drawn
from a realistic pool of facts of every kind.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import pytest

from quizgen.extract import extract_facts, load_lexicon
from quizgen.extract.quantities import QuantityFinder
from quizgen.model import Article, Fact, Question
from quizgen.extract.dates import date_sort_key
from quizgen.questions import _iso, distractors_for, generate_questions, questions_for, quality_reasons

HERE = Path(__file__).parent
ARTICLES = HERE / "fixtures" / "articles"
SEED = HERE.parent / "seeds" / "putin-trump-phone-talks.txt"
UGANDA = {"name": "Uganda", "names": ["Uganda"], "demonyms": ["Ugandan", "Ugandans"], "seats": ["Kampala"]}

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def article_from(path: Path) -> Article:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Article(slug=path.stem, title=lines[0], paragraphs=tuple(lines[1:]), path=path.name)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(extra_sides=[UGANDA])


@pytest.fixture(scope="module")
def corpus(lexicon):
    from quizgen.sources import read_file
    articles = [article_from(p) for p in sorted(ARTICLES.glob("*.txt"))] + read_file(SEED)
    facts = {a.slug: extract_facts(a, lexicon) for a in articles}
    questions = generate_questions(articles, facts, lexicon)
    by_id = {f.id: f for slug in facts for f in facts[slug]}
    pool = [f for slug in facts for f in facts[slug]]
    pairs = [(q, by_id[q.fact]) for slug in questions for q in questions[slug]]
    return pairs, pool


def of_type(corpus, qtype: str) -> list[tuple[Question, Fact]]:
    pairs, _ = corpus
    found = [(q, f) for q, f in pairs if q.type == qtype]
    assert found, f"no {qtype} questions in the corpus"
    return found


def precision_of(display: str) -> str:
    """The precision of a date as a question writes it: day, month, year, decade, fuzzy year."""
    patterns = [
        ("day", rf"\d{{1,2}} (?:{MONTHS}) \d{{4}}"),
        ("month", rf"(?:{MONTHS}) \d{{4}}"),
        ("year", r"\d{4}"),
        ("decade", r"\d{3}0s"),
        ("fuzzy decade", r"(?:early|mid|late) \d{3}0s"),
        ("fuzzy month", rf"(?:early|mid|late) (?:{MONTHS}) \d{{4}}"),
        ("fuzzy year", r"(?:early|mid|late) \d{4}"),
    ]
    for name, pattern in patterns:
        if re.fullmatch(pattern, display):
            return name
    raise AssertionError(f"not a date as questions write it: {display!r}")


def numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def make_fact(kind: str, value: str, text: str, sentence: str, article: str = "synthetic", **extra) -> Fact:
    start = sentence.find(text)
    key = "\x1f".join([kind, value, article, sentence]).encode("utf-8")
    return Fact(id=f"{kind}-{hashlib.sha1(key).hexdigest()[:10]}", kind=kind, subject="",
                predicate="event", value=value, text=text, article=article, sentence=sentence,
                span=(start, start + len(text)), extra=extra)


# -- ids and cloze ------------------------------------------------------------------

def test_every_question_id_is_fact_id_and_type(corpus):
    pairs, _ = corpus
    for q, fact in pairs:
        assert q.id == f"{fact.id}-{q.type}"
        assert q.fact == fact.id and q.kind == fact.kind and q.article == fact.article
        assert q.sentence == fact.sentence
    assert len({q.id for q, _ in pairs}) == len(pairs)


def test_every_kind_gets_questions(corpus):
    pairs, _ = corpus
    assert {f.kind for _, f in pairs} == {"date", "quantity", "range", "parties", "position"}


def asked_sentence(fact: Fact) -> str:
    """The source sentence as a question shows it: "the treaty" gets its name in brackets, and an
    opening "It" that a date's agreement was found from ("It entered into force in ...") is printed
    as that agreement."""
    trigger = fact.extra.get("trigger")
    if fact.kind == "date" and fact.extra.get("agreement") and trigger and \
            re.match(r"It\s+(?:was\s+)?" + re.escape(trigger) + r"\b", fact.sentence):
        return fact.subject[:1].upper() + fact.subject[1:] + fact.sentence[2:]
    referent = fact.extra.get("referent")
    if not referent or overlaps_value(fact):
        return fact.sentence
    return fact.sentence[:referent[1]] + f" ({referent[2]})" + fact.sentence[referent[1]:]


def overlaps_value(fact: Fact) -> bool:
    """Whether the value runs over the reference's end, so the name has no place after it; "The [[1987]]
    agreement (the INF Treaty)" names it, because the blanked year was all that said which agreement."""
    start, end = fact.extra["referent"][:2]
    value_start = fact.extra["offset"]
    inside = start <= value_start and value_start + len(fact.text) < end
    return start < value_start + len(fact.text) and value_start < end and not inside


def test_a_back_reference_is_named_in_the_question(corpus):
    named = [(q, f) for q, f in of_type(corpus, "cloze") if f.extra.get("referent") and not overlaps_value(f)]
    assert named
    for q, fact in named:
        start, end, name = fact.extra["referent"]
        assert re.match(r"[Tt]he ", fact.sentence[start:end])
        assert f"{fact.sentence[start:end]} ({name})" in q.question.replace("[[", "").replace("]]", "")


def test_cloze_marks_the_fact_text_exactly_once(corpus):
    for q, fact in of_type(corpus, "cloze"):
        assert q.question.count("[[") == 1 and q.question.count("]]") == 1
        assert f"[[{q.answer}]]" in q.question and q.answer in fact.text
        assert q.question.replace("[[", "").replace("]]", "") == asked_sentence(fact)


def test_a_cloze_on_a_count_blanks_the_number_and_keeps_what_is_counted(lexicon):
    sentence = "Engineers from the Dutch firm installed 2,400 solar panels along the old canal road."
    [fact] = [f for f in extract_facts(Article(slug="t", title="T", paragraphs=(sentence,)), lexicon)
              if f.kind == "quantity"]
    [cloze] = [q for q in questions_for(fact, [], lexicon, "T") if q.type == "cloze"]
    assert "[[2,400]] solar panels" in cloze.question and cloze.answer == "2,400"
    measured = make_fact("quantity", "40 km", "40 kilometres", "The road runs for 40 kilometres.",
                         unit="km", low=40.0, measures="distance")
    [cloze] = [q for q in questions_for(measured, [], lexicon, "T") if q.type == "cloze"]
    assert "[[40 kilometres]]" in cloze.question


def test_a_share_never_gets_a_distractor_above_its_most(lexicon):
    for share in range(40, 100, 3):
        fact = make_fact("quantity", f"{share} percent", f"{share} percent",
                         f"Turnout reached {share} percent in the northern provinces.",
                         unit="percent", low=float(share), measures="share")
        assert all(n <= 100 for w in distractors_for(fact, [], lexicon, 3) for n in numbers(w)), share


# -- multiple choice --------------------------------------------------------------

def test_mcq_has_four_distinct_choices_with_the_answer_once(corpus):
    for q, _ in of_type(corpus, "mcq"):
        assert q.choices is not None and len(q.choices) == 4, q.id
        assert len({c.lower() for c in q.choices}) == 4, q.choices
        assert q.choices.count(q.answer) == 1, (q.answer, q.choices)
        assert "_____" in q.question or q.question.startswith("Who ")


def test_mcq_never_offers_the_answer_in_another_form(corpus):
    for q, fact in of_type(corpus, "mcq"):
        wrong = [c for c in q.choices if c != q.answer]
        if fact.kind in ("quantity", "range"):
            converted = fact.extra.get("converted")
            assert converted not in q.choices
            for choice in wrong:
                assert numbers(choice) != numbers(q.answer), (q.answer, choice)
        if fact.kind == "parties":
            mine = sorted(re.split(r",\s*|\s+and\s+", q.answer))
            for choice in wrong:
                assert sorted(re.split(r",\s*|\s+and\s+", choice)) != mine


def test_km_range_never_offers_its_mile_conversion(corpus, lexicon):
    pairs, pool = corpus
    q, fact = next((q, f) for q, f in pairs if f.value == "500-5500 km" and q.type == "mcq")
    assert q.answer == "500–5,500 km"
    assert not any("mi" in c.split() for c in q.choices)
    assert "311–3,418 mi" not in q.choices
    # even when the pool holds the very same distance written in miles elsewhere
    miles = make_fact("range", "311-3418 mi", "311–3,418 miles", "Missiles fly 311–3,418 miles.",
                      unit="mi", low=311.0, high=3418.0, converted="500–5,501 km", bound="", measures="ranges")
    same = make_fact("range", "<=500-5500 km", "up to 500–5,500 km", "Ranges are up to 500–5,500 km.",
                     unit="km", low=500.0, high=5500.0, bound="max", measures="ranges")
    wrong = distractors_for(fact, [*pool, miles, same], lexicon, 3)
    assert len(wrong) == 3
    for choice in wrong:
        assert choice.endswith(" km")
        assert numbers(choice) != [500.0, 5500.0]


def test_parties_distractors_are_not_the_same_sides_reordered(corpus, lexicon):
    pairs, pool = corpus
    fact = next(f for _, f in pairs if f.kind == "parties" and f.value == "Norway and Iceland")
    reordered = make_fact("parties", "Iceland and Norway", "Iceland and Norway",
                          "A pact between Iceland and Norway was renewed.", sides=["Iceland", "Norway"])
    wrong = distractors_for(fact, [*pool, reordered], lexicon, 3)
    assert len(wrong) == 3
    assert "Iceland and Norway" not in wrong and "Norway and Iceland" not in wrong


# -- dates ------------------------------------------------------------------------

def test_date_choices_have_the_answers_precision(corpus):
    for q, fact in of_type(corpus, "mcq"):
        if fact.kind != "date":
            continue
        want = precision_of(q.answer)
        assert [precision_of(c) for c in q.choices] == [want] * 4, (q.answer, q.choices)


def test_fuzzy_decades_and_fuzzy_years_are_not_mixed(lexicon):
    decade = make_fact("date", "late 1990s", "late 1990s", "Talks began in the late 1990s.",
                       precision="fuzzy decade")
    year = make_fact("date", "early 2001", "early 2001", "The pact was signed in early 2001.",
                     article="other", precision="fuzzy")
    for fact, want in ((decade, "fuzzy decade"), (year, "fuzzy year")):
        wrong = distractors_for(fact, [decade, year], lexicon, 3)
        assert [precision_of(w) for w in wrong] == [want] * 3, wrong


# -- quantities -------------------------------------------------------------------

def _count_fact(n: int, where: str = "ship") -> Fact:
    return make_fact("quantity", f"{n} inspectors", f"{n} inspectors", f"Each {where} carries {n} inspectors.",
                     unit="inspectors", low=float(n), measures="inspectors", bound="")


def _fractional_count_distractors(lexicon, sizes) -> list[str]:
    bad = []
    for n in sizes:
        wrong = distractors_for(_count_fact(n), [], lexicon, 3)
        assert len(wrong) == 3
        for choice in wrong:
            assert choice.endswith(" inspectors")
            (value,) = numbers(choice)
            assert value != n
            if value != int(value) or value < 1:
                bad.append(choice)
    return bad


def test_small_counts_get_whole_number_distractors(lexicon):
    assert _fractional_count_distractors(lexicon, range(2, 20)) == []


def test_larger_counts_get_whole_number_distractors(lexicon):
    assert _fractional_count_distractors(lexicon, range(20, 60)) == []


def test_a_count_distractor_of_one_is_not_written_with_a_plural(lexicon):
    wrong = [w for n in (2, 3, 4) for where in ("ship", "boat", "port", "team", "crew", "base", "unit")
             for w in distractors_for(_count_fact(n, where), [], lexicon, 3)]
    assert "1 inspectors" not in wrong


# -- true / false -----------------------------------------------------------------

def false_statements(corpus, kinds=("date", "quantity", "range")):
    return [(q, f) for q, f in of_type(corpus, "tf") if q.answer == "False" and f.kind in kinds]


def test_true_false_answers_are_true_or_false(corpus):
    answers = {q.answer for q, _ in of_type(corpus, "tf")}
    assert answers == {"True", "False"}


def test_a_false_statement_differs_from_the_sentence_only_at_the_value(corpus):
    found = false_statements(corpus)
    assert found
    for q, fact in found:
        sentence = asked_sentence(fact)
        assert q.question != sentence
        start = sentence.find(fact.text)
        before, after = sentence[:start], sentence[start + len(fact.text):]
        assert q.question.startswith(before) and q.question.endswith(after), q.question
        assert q.question[len(before):len(q.question) - len(after)] != fact.text


def test_a_true_statement_is_the_sentence(corpus):
    for q, fact in of_type(corpus, "tf"):
        if q.answer == "True" and fact.kind != "position":
            assert q.question == asked_sentence(fact)


def test_position_questions_put_the_verb_in_a_finite_form(corpus):
    for q, fact in of_type(corpus, "side") + of_type(corpus, "tf"):
        if fact.kind == "position":
            verb = fact.extra["asked"]
            head = verb.split()[1] if verb.split()[0] in ("has", "have") else verb.split()[0]
            assert not head.endswith("ing"), q.question
            assert f" {verb} " in q.question


def test_a_false_position_statement_names_another_side(corpus, lexicon):
    pairs, pool = corpus
    found = [(q, f) for q, f in of_type(corpus, "tf") if f.kind == "position" and q.answer == "False"]
    assert found
    for q, fact in found:
        statement = q.question.removeprefix(fact.hedge + " ") if fact.hedge else q.question
        others = [lexicon.side(s).display or s for s in fact.extra["sides_in_article"] if s != fact.value]
        # ... or a person who speaks for another side in the article, when the sentence names its holder so
        others += [f.subject for f in pool if f.article == fact.article and f.kind == "position"
                   and f.extra.get("person") and f.value != fact.value]
        verb = fact.extra["asked"]
        assert any(statement.lower().startswith(o.lower() + " " + verb + " ") for o in others), statement
        assert statement.endswith(".") and statement != fact.sentence


def _inserted(q: Question, fact: Fact) -> str:
    sentence = asked_sentence(fact)
    start = sentence.find(fact.text)
    before, after = sentence[:start], sentence[start + len(fact.text):]
    return q.question[len(before):len(q.question) - len(after)]


def _check_false_quantity(q: Question, fact: Fact, pool, lexicon) -> None:
    """The false statement writes the distractor in the fact's own unit, readably."""
    inserted = _inserted(q, fact)
    found = QuantityFinder(lexicon).find(inserted)
    assert len(found) == 1, inserted
    wrong = found[0]
    assert wrong.unit == fact.extra["unit"], q.question
    assert (wrong.low, wrong.high) != (fact.extra["low"], fact.extra.get("high"))
    expected = distractors_for(fact, pool, lexicon, 1)[0]
    scale = fact.extra.get("scale_value", 1) if fact.extra.get("scale") else 1
    assert [n * scale for n in numbers(expected)] == [wrong.low] + ([wrong.high] if wrong.high is not None else []), \
        (expected, q.question)


# Checked on their own below.
_CHECKED_SEPARATELY = {"between 12 and 40 nautical miles", "$2.5 billion"}


def test_a_false_quantity_statement_states_the_distractor_in_the_same_unit(corpus, lexicon):
    _, pool = corpus
    checked = 0
    for q, fact in false_statements(corpus, ("quantity", "range")):
        if fact.text not in _CHECKED_SEPARATELY:
            _check_false_quantity(q, fact, pool, lexicon)
            checked += 1
    assert checked >= 4


def _assert_states_a_same_unit_value(corpus, lexicon, text: str) -> None:
    _, pool = corpus
    q, fact = next(((q, f) for q, f in of_type(corpus, "tf") if f.text == text), (None, None))
    assert q is not None, f"no true/false question for {text!r}"
    if q.answer != "False":
        pytest.skip("this fact's true/false question states the truth")
    _check_false_quantity(q, fact, pool, lexicon)


def test_a_false_statement_keeps_nautical_miles(corpus, lexicon):
    _assert_states_a_same_unit_value(corpus, lexicon, "between 12 and 40 nautical miles")


def test_a_false_statement_keeps_money_readable(corpus, lexicon):
    _assert_states_a_same_unit_value(corpus, lexicon, "$2.5 billion")


# -- sides and hedges -------------------------------------------------------------

def _side_words(side: str, lexicon) -> list[str]:
    entry = lexicon.side(side)
    return [w for w in entry.names + entry.demonyms + entry.seats + [side]]


def test_which_side_choices_name_sides_of_the_article(corpus, lexicon):
    for q, fact in of_type(corpus, "side"):
        assert q.answer in q.choices and len(set(q.choices)) == len(q.choices) >= 2
        assert q.question.rstrip().endswith("?")


def test_which_side_hides_a_possessive_of_the_answer(corpus):
    q, _ = next((q, f) for q, f in of_type(corpus, "side") if f.predicate == "reiterated")
    assert q.question == "Which side reiterated its position on Crimea?"


def test_which_side_question_does_not_name_the_answer(corpus, lexicon):
    leaks = []
    for q, fact in of_type(corpus, "side"):
        for word in _side_words(fact.value, lexicon):
            if re.search(r"(?<![\w.])" + re.escape(word) + r"(?![\w])", q.question):
                leaks.append((q.question, word))
    assert leaks == []


def test_hedged_facts_give_questions_that_say_so(corpus):
    pairs, _ = corpus
    hedged = [(q, f) for q, f in pairs if f.hedge == "According to reports,"]
    assert "position" in {f.kind for _, f in hedged}
    assert any(f.article == "article_with_positions" for _, f in hedged)
    for q, fact in hedged:
        own_words = q.type == "side" or q.type == "short" or (q.type == "tf" and fact.kind == "position")
        if own_words:
            assert q.question.startswith("According to reports, "), q.question
        else:
            # a cloze, mcq or true/false built on the sentence keeps the sentence's own hedge
            assert re.search(r"reportedly|reports suggest|reports indicate|according to reports",
                             q.question, re.I), q.question


def test_hedged_position_in_our_article(corpus):
    pairs, _ = corpus
    questions = {q.type: q for q, f in pairs if f.kind == "position" and f.predicate == "pressed for"}
    assert questions["side"].question == "According to reports, which side pressed for a ruling by a regional court?"
    assert questions["side"].answer == "Kenya"
    assert sorted(questions["side"].choices) == ["Kenya", "Uganda"]
    assert questions["tf"].question.startswith("According to reports, ")


def test_unhedged_facts_do_not_say_according_to_reports(corpus):
    pairs, _ = corpus
    for q, fact in pairs:
        if fact.hedge is None:
            assert not q.question.startswith("According to reports"), q.question


# -- quality ----------------------------------------------------------------------

def test_quality_reasons_are_recorded_on_every_question(corpus):
    pairs, _ = corpus
    for q, _ in pairs:
        assert set(quality_reasons(q)) <= set(q.checks)


def test_quality_flags_a_question_that_gives_its_answer_away():
    q = Question(id="x-side", type="side", question="Which side said Kenya was right about the islands?",
                 answer="Kenya", article="a", sentence="s")
    assert "the question contains its own answer" in quality_reasons(q)


def test_questions_for_is_deterministic(corpus, lexicon):
    pairs, pool = corpus
    fact = next(f for _, f in pairs if f.value == "500-5500 km")
    first = questions_for(fact, pool, lexicon, "T")
    second = questions_for(fact, pool, lexicon, "T")
    assert [(q.id, q.question, q.choices, q.answer) for q in first] == \
           [(q.id, q.question, q.choices, q.answer) for q in second]


# -- referents a reader cannot see, answers the sentence still shows ----------------

def _reasons(text: str, lexicon, qtype: str = "short", answer: str = "1990", choices=None) -> list[str]:
    q = Question(id=f"x-{qtype}", type=qtype, question=text, answer=answer, article="a", sentence="s",
                 choices=choices)
    return quality_reasons(q, lexicon)


@pytest.mark.parametrize("text, phrase", [
    ("Which side opposed an extension, citing the cost of patrols?", "an extension"),
    ("Which side kept insisting on its innocence?", "its innocence"),
    ("Which side rejected violations?", "violations"),
    ("In what year did the suspension of food exports take place?", "the suspension"),
    ("Who took part in the series of radio debates?", "the series"),
])
def test_a_relational_noun_no_name_anchors_is_vague(lexicon, text, phrase):
    assert f"“{phrase}” does not say which one" in _reasons(text, lexicon)


def test_a_name_anchors_a_relational_noun(lexicon):
    for text in ("In what year did Kenya's suspension of food exports take place?",
                 "Which side opposed an extension of the Lake Victoria Compact?",
                 "Which side welcomed the Ugandan withdrawal from the ridge?"):
        assert not any("does not say" in r for r in _reasons(text, lexicon)), text


def test_a_short_title_of_common_words_is_vague_but_a_named_one_is_not(lexicon):
    assert "“the Border Treaty” does not say which one" in _reasons(
        "Who are the parties to the Border Treaty?", lexicon)
    assert "“the League” does not say which one" in _reasons(
        "Complete the sentence: In _____ the League expelled two members.", lexicon, "mcq")
    assert not _reasons("Who are the parties to the Arusha Treaty?", lexicon)


def test_both_men_needs_two_names_before_it(lexicon):
    assert "“both men” does not say who" in _reasons("Which side asked both men to sign at once?", lexicon, "side")
    assert "“the two governments” does not say who" in _reasons(
        "Complete the sentence: On _____ the two governments opened the bridge.", lexicon, "mcq")
    assert not _reasons("Complete the sentence: Kenya and Uganda met in _____, and both countries signed.",
                        lexicon, "mcq")
    assert not _reasons("Complete the sentence: In _____ farmers on both sides of the Kagera river rejoiced.",
                        lexicon, "mcq")


def test_a_cloze_may_not_leave_part_of_its_answer_in_the_sentence(lexicon):
    reasons = _reasons("In [[March 1990]] the envoys met at the lake, and they signed on 9 March.",
                       lexicon, "cloze", "March 1990")
    assert "the sentence still shows part of the answer (“March”)" in reasons
    # another whole date shares the month but gives nothing away
    assert not _reasons("The ferry ran from [[March 1990]] until 9 March 1994 without a stop.",
                        lexicon, "cloze", "March 1990")


def test_a_false_date_does_not_contradict_its_own_sentence(lexicon):
    from quizgen.questions import _coin, _true_false
    sentence = "In June 1993 the envoys reached the lake town, and the charter was signed there on 14 June."
    fact = next(f for f in (make_fact("date", "1993-06-14", "14 June", sentence, article=f"a{i}",
                                      precision="day") for i in range(20)) if not _coin(f.id))
    far = [make_fact("date", v, "x", "x", article="b", precision="day") for v in ("1990-02-03", "1996-09-21")]
    q = _true_false(fact, far, lexicon)
    assert "the false version contradicts the rest of its sentence" in q.checks
    near = far + [make_fact("date", "1993-06-22", "x", "x", article="b", precision="day")]
    q = _true_false(fact, near, lexicon)
    assert "22 June" in q.question and "the false version contradicts the rest of its sentence" not in q.checks


def test_a_false_value_does_not_repeat_another_value_of_its_sentence(lexicon):
    from quizgen.questions import _coin, _true_false
    sentence = "About 64 percent of members backed the motion, on a turnout of roughly 40 percent."
    fact = next(f for f in (make_fact("quantity", "64 percent", "64 percent", sentence, article=f"a{i}",
                                      unit="percent", low=64.0) for i in range(20)) if not _coin(f.id))
    others = [make_fact("quantity", f"{v} percent", f"{v} percent", "x", article="b", unit="percent", low=float(v))
              for v in (40, 55)]
    q = _true_false(fact, others, lexicon)
    assert q.answer == "False" and "about 40 percent" not in q.question.lower()


def _position(content: str, holder: str, sides: list[str], verb: str = "stressed") -> Fact:
    sentence = f"{holder} {verb} {content}."
    return make_fact("position", holder, holder, sentence, content=content, sides_in_article=sides, asked=verb)


def test_a_side_question_about_another_sides_own_interest_is_marked(lexicon):
    from quizgen.questions import _side
    fact = _position("the need to respect Uganda's sovereignty over the islands", "Kenya",
                     ["Kenya", "Uganda", "Tanzania"])
    q = _side(fact, [], lexicon)
    assert "Uganda could hold this position too" in q.checks
    plain = _side(_position("a toll on lake shipping", "Kenya", ["Kenya", "Uganda", "Tanzania"]), [], lexicon)
    assert not any("could hold" in c for c in plain.checks)


def test_a_position_statement_does_not_lean_on_its_holder_for_what_a_noun_is_about(lexicon):
    from quizgen.questions import _true_false_side
    fact = _position("its innocence", "Kenya", ["Kenya"], verb="maintained")
    q = _true_false_side(fact, [], lexicon)
    assert "“its innocence” does not say which one" in q.checks


# -- review 3: fair sides, bounded values, loose measures, back-referring times ------

def _own_questions(lexicon, *paragraphs):
    article = Article(slug="own", title="Own", paragraphs=tuple(paragraphs))
    facts = {"own": extract_facts(article, lexicon)}
    return {q.id: q for q in generate_questions([article], facts, lexicon)["own"]}, facts["own"]


def test_a_side_question_is_ready_only_when_its_sentence_sets_another_side_against_it(lexicon):
    questions, _ = _own_questions(
        lexicon,
        "Norway backed the joint fishing quota, while Iceland rejected the quota outright.",
        "Norway welcomed the new lighthouse programme.",
        "Ireland praised the harbour reforms.")
    sides = {q.question: q for q in questions.values() if q.type == "side"}
    contrasted = sides["Which side backed the joint fishing quota?"]
    assert "Iceland" in contrasted.choices
    assert not any("disagree" in c for c in contrasted.checks)
    alone = sides["Which side welcomed the new lighthouse programme?"]
    assert "the article does not say the other sides disagree" in alone.checks
    # a false statement names only a side the sentence sets against the holder
    for q in questions.values():
        if q.type == "tf" and q.kind == "position" and q.answer == "False":
            assert q.question.startswith(("Iceland backed", "Norway rejected")), q.question


def test_a_time_phrase_pointing_at_another_sentence_keeps_the_question_a_draft(lexicon):
    questions, _ = _own_questions(lexicon, "The dam opened in 1990.",
                                  "Talks on a second dam began later that year but collapsed in 2003.")
    asked = [q for q in questions.values() if "later that year" in q.question]
    assert asked
    for q in asked:
        assert "“later that year” refers to a date in another sentence" in q.checks
    # resolved inside the question itself: fine
    q = Question(id="x-tf", type="tf", question="In 1990 the dam opened, and later that year talks began.",
                 answer="True", article="own", sentence="")
    assert not any("another sentence" in r for r in quality_reasons(q, lexicon))


def test_a_bounded_value_is_made_false_only_where_the_bound_rules_it_out(lexicon):
    storms = [f"The {n} storm left more than {k} people homeless." for n, k in
              (("first", 40), ("second", 45), ("third", 60), ("fourth", 75), ("fifth", 90), ("sixth", 130))]
    questions, facts = _own_questions(lexicon, *storms, "The fishing accord allows no more than 700 fishing boats.")
    tfs = [q for q in questions.values() if q.type == "tf"]
    open_bound = [q for q in tfs if "homeless" in q.question]
    assert len(open_bound) == 6
    for q in open_bound:
        assert q.answer == "True" and q.question in storms, q.question
    limit = next(q for q in tfs if "boats" in q.question)
    if limit.answer == "False":
        wrong = int(re.search(r"no more than ([\d,]+)", limit.question).group(1).replace(",", ""))
        assert wrong < 700, limit.question


def test_an_approximate_measure_gets_distractors_beyond_its_rounding(lexicon):
    _, facts = _own_questions(lexicon, "The shared zone is about 12 kilometres wide.",
                              "The ferry carried 9 kilometres of cable and about 13 kilometres of rope.")
    fact = next(f for f in facts if f.kind == "quantity" and f.extra["low"] == 12)
    wrong = distractors_for(fact, facts, lexicon, 3)
    assert len(wrong) == 3
    for w in wrong:
        value = float(re.search(r"[\d.]+", w).group(0))
        assert max(value, 12) / min(value, 12) >= 1.4, wrong


def test_a_vote_by_one_party_is_asked_as_that_vote(lexicon):
    questions, _ = _own_questions(lexicon, "The Harbor Accord was signed on 3 May 2001 by Norway and Iceland.",
                                  "The Assembly approved the Harbor Accord on 12 June 2001.",
                                  "Voters approved the Harbor Accord in a referendum on 9 July 2001.")
    shorts = {q.question for q in questions.values() if q.type == "short"}
    assert "When was the Harbor Accord approved by the Assembly?" in shorts
    assert "When was the Harbor Accord approved in a referendum?" in shorts
    assert not any("adopted" in s for s in shorts)


def test_an_agreement_never_takes_place(lexicon):
    questions, _ = _own_questions(lexicon, "Under the Harbor Treaty of 1911, fishing rights were shared.")
    shorts = [q for q in questions.values() if q.type == "short"]
    assert shorts and not any("take place" in q.question for q in shorts)


def _quantity_questions(lexicon, sentence: str) -> dict[str, Question]:
    article = Article(slug="t", title="T", paragraphs=(sentence,))
    fact = next(f for f in extract_facts(article, lexicon) if f.kind == "quantity")     # the first one
    out: dict[str, Question] = {}
    for seed in range(12):      # the coin decides true or false: try ids until both kinds come
        for q in questions_for(dataclasses.replace(fact, id=f"quantity-{seed:010d}"), [], lexicon, "T"):
            out.setdefault(q.type + (":" + q.answer if q.type == "tf" else ""), q)
    return out


def test_a_bound_stays_outside_the_blank(lexicon):
    qs = _quantity_questions(lexicon, "Both armies must pull back their heavy guns within 30 days of the signing.")
    assert "within [[30 days]] of the signing" in qs["cloze"].question
    assert "within _____ of the signing" in qs["mcq"].question
    false = qs["tf:False"].question
    assert "within within" not in false and re.search(r"within \d+ days of the signing", false)


def test_shares_of_one_whole_give_each_other_away(lexicon):
    qs = _quantity_questions(lexicon, "Under the plan the northern region keeps 62 percent of the grazing land "
                                      "and the southern region 38 percent.")
    assert any("adds up with 38 percent" in c for c in qs["cloze"].checks)
    assert any("adds up with 38 percent" in c for c in qs["mcq"].checks)


def test_an_open_bound_is_no_multiple_choice_a_teacher_keeps(lexicon):
    qs = _quantity_questions(lexicon, "The floods left more than 4,000 families without shelter last spring.")
    assert any("more than" in c for c in qs["mcq"].checks)


# -- review 4: counts a sentence spells out, weekdays under a dateline, positions out of context --

def test_a_count_whose_members_the_sentence_lists_gives_itself_away(lexicon):
    qs = _quantity_questions(lexicon, "A four-member jury, made up of one farmer, one miller, one baker "
                                      "and one smith, will judge the county fair.")
    assert any("lists the members" in c for c in qs["cloze"].checks)
    assert any("lists the members" in c for c in qs["mcq"].checks)
    # "a six-member jury, made up of one farmer, ..." contradicts itself: only the true statement
    assert "tf:False" not in qs and not any("lists the members" in c for c in qs["tf:True"].checks)
    named = _quantity_questions(lexicon, "The pact created three zones, namely Alpha, Beta and Gamma, along the coast.")
    assert any("lists the members" in c for c in named["cloze"].checks)
    # a list of another length says nothing about the count
    other = _quantity_questions(lexicon, "A five-member jury, made up of one farmer, one miller and one baker "
                                         "among others, will judge the county fair.")
    assert not any("lists the members" in c for c in other["cloze"].checks)


def test_a_weekday_under_a_dateline_is_asked_as_its_date(lexicon):
    article = Article(slug="t", title="T", paragraphs=(
        "OSLO, 7 March 2003 — The ministers of Norway and Iceland signed a fishing accord at the city hall on Friday, "
        "closing a long quarrel over the northern banks.",))
    facts = extract_facts(article, lexicon)
    date = next(f for f in facts if f.kind == "date")
    assert date.value == "2003-03-07"
    qs = {q.type: q for q in questions_for(date, [], lexicon, "T")}
    cloze = qs["cloze"]
    assert cloze.answer == "7 March 2003" and "on [[7 March 2003]]" in cloze.question
    assert not cloze.question.startswith("OSLO") and "Friday" not in cloze.question
    assert not any("worked out" in c for c in cloze.checks)      # the dateline gives the date
    assert not any("worked out" in c for c in qs["mcq"].checks) and "OSLO" not in qs["mcq"].question


def test_a_position_that_lost_its_context_stays_a_draft(lexicon):
    from quizgen.questions import _side, _true_false_side
    home = _true_false_side(_position("that its sailors would be brought back within a month", "Kenya",
                                      ["Kenya"], verb="promised"), [], lexicon)
    assert any("does not say from or to where" in c for c in home.checks)
    more = _true_false_side(_position("a stricter and more binding quota", "Kenya", ["Kenya"],
                                      verb="demanded"), [], lexicon)
    assert any("“more binding” does not say than what" in c for c in more.checks)
    side = _side(_position("for a stronger lake patrol", "Kenya", ["Kenya", "Uganda", "Tanzania"],
                           verb="argued"), [], lexicon)
    assert any("“stronger” does not say than what" in c for c in side.checks)
    fine = _true_false_side(_position("a quota more binding than the old one", "Kenya", ["Kenya"],
                                      verb="demanded"), [], lexicon)
    assert not any("than what" in c for c in fine.checks)


def test_a_position_names_its_holder_once(lexicon):
    from quizgen.questions import _true_false_side
    fact = _position("the claim that Uganda had diverted the Selva river", "Uganda", ["Uganda", "Kenya"],
                     verb="rejected")
    fact = dataclasses.replace(fact, id="position-0000000000")
    for seed in range(12):
        q = _true_false_side(dataclasses.replace(fact, id=f"position-{seed:010d}"), [], lexicon)
        if q.answer == "True":
            break
    assert q.question == "Uganda rejected the claim that it had diverted the Selva river."
    assert not q.checks
    modifier = _true_false_side(_position("that Uganda troops would stay", "Uganda", ["Uganda"],
                                          verb="said"), [], lexicon)
    assert "that Uganda troops" in modifier.question


@pytest.mark.parametrize("vague, said, phrase", [
    # "the parties" to what?
    ("The parties gathered for a second round at Velmora in [[June 1990]].",
     "The parties to the Velmora Convention gathered for a second round at Velmora in [[June 1990]].", "The parties"),
    # a sentence that opens with a bare vague noun says no more than "the talks"
    ("Talks got under way at Port Sable in [[March 2011]].",
     "Talks on the river boundary got under way at Port Sable in [[March 2011]].", "Talks"),
])
def test_a_noun_that_does_not_say_which_leans_outside(lexicon, vague, said, phrase):
    q = Question(id="d-cloze", type="cloze", question=vague, answer="", article="t", sentence="")
    assert any(phrase in c for c in quality_reasons(q, lexicon))
    q.question = said
    assert not quality_reasons(q, lexicon)


def test_party_choices_from_other_articles_keep_the_question_a_draft(lexicon):
    sentence = "The Reef Treaty was signed by Fiji and Tonga in 1992."
    pool = [make_fact("parties", "Chile and Peru", "Chile and Peru", "A pact between Chile and Peru.",
                      article="other", sides=["Chile", "Peru"], sides_in_article=["Chile", "Peru"])]
    alone = make_fact("parties", "Fiji and Tonga", "Fiji and Tonga", sentence,
                      sides=["Fiji", "Tonga"], sides_in_article=["Fiji", "Tonga"], agreement=True)
    alone = dataclasses.replace(alone, subject="the Reef Treaty")
    [mcq] = [q for q in questions_for(alone, pool, lexicon, "T") if q.type == "mcq"]
    assert "some choices name sides from other articles" in mcq.checks
    crowded = dataclasses.replace(alone, extra={**alone.extra, "sides_in_article": ["Fiji", "Tonga", "Samoa", "Nauru", "Palau"]})
    [mcq] = [q for q in questions_for(crowded, pool, lexicon, "T") if q.type == "mcq"]
    assert "some choices name sides from other articles" not in mcq.checks


# -- review 5: several dates for one event, verbs and nouns without their object ---

def _inline(*paragraphs: str) -> Article:
    return Article(slug="inline-review", title="Inline", paragraphs=tuple(paragraphs))


def _generated(*paragraphs: str) -> list[Question]:
    lexicon = load_lexicon()
    article = _inline(*paragraphs)
    facts = {article.slug: extract_facts(article, lexicon)}
    return generate_questions([article], facts, lexicon)[article.slug]


def test_a_short_question_about_an_event_dated_twice_stays_a_draft():
    questions = _generated(
        "The Lakeside Fisheries Accord entered into force on 3 May 1961.",
        "After a long dispute the Lakeside Fisheries Accord entered into force on 9 June 1974 for the northern shore.")
    shorts = [q for q in questions if q.type == "short" and "enter into force" in q.question]
    assert len(shorts) == 2
    assert all(any("another date for the same event" in c for c in q.checks) for q in shorts)


def test_dates_that_agree_are_one_event():
    from quizgen.questions import _dates_differ
    assert not _dates_differ("2021", "early 2021")
    assert not _dates_differ("2021-02", "2021-02-05")
    assert _dates_differ("1961-05-03", "1974-06-09") and _dates_differ("2021-02", "2021-03")


def test_an_event_said_to_happen_again_has_several_answers():
    questions = _generated("The Lakeside Fisheries Accord was extended again at Oban on 4 April 1999.")
    short = next(q for q in questions if q.type == "short")
    assert any("several answers" in c for c in short.checks)


def test_a_treaty_verb_without_its_object_keeps_the_question_a_draft():
    lexicon = load_lexicon()
    dangling = Question(id="x-cloze", type="cloze", question="Peru joined in [[1973]] and Chile in 1975.",
                        answer="1973", article="a", sentence="")
    assert any("“joined” does not say what" in c for c in quality_reasons(dangling, lexicon))
    for fine in ("Peru joined the Andean Pact in [[1973]].",
                 "The Andean Pact was signed in [[1969]] by five states.",
                 "On [[2 May 1980]], when Bolivia joined, the Andean Pact had five members.",
                 "A water arrangement signed in [[May 1980]] by Peru and Chile ended the quarrel."):
        q = Question(id="y-cloze", type="cloze", question=fine, answer="x", article="a", sentence="")
        assert not any("does not say what" in c for c in quality_reasons(q, lexicon)), fine


def test_a_noun_without_its_complement_keeps_the_question_a_draft():
    lexicon = load_lexicon()
    for vague in ("Chile halted its production in [[1988]].",
                  "Peru said the mines had caused the damage in [[1990]].",
                  "Bolivia stressed the value of keeping stability in [[1991]]."):
        q = Question(id="x-cloze", type="cloze", question=vague, answer="x", article="a", sentence="")
        assert any("does not say of what" in c for c in quality_reasons(q, lexicon)), vague
    for fine in ("Chile halted its production of copper in [[1988]].",
                 "Peru limited the use of nets in [[1990]].",
                 "Bolivia counted the damage caused by the floods in [[1991]]."):
        q = Question(id="y-cloze", type="cloze", question=fine, answer="x", article="a", sentence="")
        assert not any("does not say of what" in c for c in quality_reasons(q, lexicon)), fine


def _shorts(lexicon, *paragraphs: str) -> list[Question]:
    article = Article(slug="t", title="T", paragraphs=paragraphs)
    facts = {"t": extract_facts(article, lexicon)}
    return [q for q in generate_questions([article], facts, lexicon)["t"] if q.type == "short"]


def test_one_party_ratifying_is_not_the_treaty_ratified(lexicon):
    [short] = [q for q in _shorts(lexicon, "The Reef Convention was signed in Suva in 1994.",
                                  "Norway ratified the Reef Convention on 2 March 1995.")
               if "ratified" in q.question]
    assert short.question == "When was the Reef Convention ratified by Norway?"


def test_a_span_of_days_is_not_asked_as_its_last_day(lexicon):
    [short] = _shorts(lexicon, "The Reef Convention was signed in Suva on 2 and 3 March 1995.")
    assert any("span of days" in c for c in short.checks)


def test_a_title_s_list_is_read_whole(lexicon):
    # a list that closes the title, not only its first item
    shorts = _shorts(lexicon, "The Convention on the Protection of the Reefs, Lagoons and Atolls entered "
                              "into force on 9 June 1998.")
    assert shorts and all("Reefs, Lagoons and Atolls" in q.question and not any("cut short" in c for c in q.checks)
                          for q in shorts), [(q.question, q.checks) for q in shorts]
    # a list that an "of" and more of the title go on after is read whole
    whole = _shorts(lexicon, "The Convention on the Protection of the Reefs, Lagoons, Atolls and Mangroves "
                             "of the Pacific entered into force on 9 June 1998.")
    assert whole and all("Reefs, Lagoons, Atolls and Mangroves of the Pacific" in q.question
                         and not any("cut short" in c for c in q.checks) for q in whole), \
        [(q.question, q.checks) for q in whole]


def test_a_compound_count_is_no_multiple_choice_blank(lexicon):
    qs = _quantity_questions(lexicon, "The ministers agreed on a six-month pause in new drilling permits.")
    assert any("does not read in its place" in c for c in qs["mcq"].checks)


def test_a_date_worked_out_from_another_in_its_sentence_gives_itself_away(lexicon):
    article = Article(slug="t", title="T", paragraphs=(
        "In 1961, four years before the islands became independent on 4 July 1965, the garrison left.",))
    facts = {"t": extract_facts(article, lexicon)}
    qs = [q for q in generate_questions([article], facts, lexicon)["t"] if q.type != "short"]
    assert len(qs) >= 6 and all(any("counts from another date" in c for c in q.checks) for q in qs)



def test_an_event_a_common_noun_names_may_have_happened_twice(lexicon):
    vague = _shorts(lexicon, "The Fijian election took place in May 2014 after years of military rule.")
    anchored = _shorts(lexicon, "Iraq's invasion of Kuwait began in August 1990.")
    assert vague and all(any("more than once" in c for c in q.checks) for q in vague)
    assert anchored and not any("more than once" in c for q in anchored for c in q.checks)


def test_an_event_is_named_without_the_verb_that_follows_it(lexicon):
    [named] = _shorts(lexicon, "Iraq's invasion of Kuwait began in August 1990.")
    [common] = _shorts(lexicon, "The suspension of grain exports began in 2015.")
    assert named.question == "When did Iraq's invasion of Kuwait begin?"
    assert "began" not in common.question and "suspension of grain exports" in common.question


def _date_mcqs(lexicon, sentence: str) -> list[Question]:
    article = Article(slug="t", title="T", paragraphs=(sentence,))
    facts = {"t": extract_facts(article, lexicon)}
    return [q for q in generate_questions([article], facts, lexicon)["t"] if q.type == "mcq" and q.kind == "date"]


def test_date_choices_fit_the_span_the_sentence_gives(lexicon):
    mcqs = _date_mcqs(lexicon, "Twelve states mapped the shelf in a survey lasting from 1 July 1957 until 31 December 1958.")
    start = next(q for q in mcqs if q.answer == "1 July 1957")
    end = next(q for q in mcqs if q.answer == "31 December 1958")
    assert all(date_sort_key(_iso(c)) < (1958, 12, 31) for c in start.choices)
    assert all(date_sort_key(_iso(c)) > (1957, 7, 1) for c in end.choices)
    assert "1 July 1957" not in end.choices and "31 December 1958" not in start.choices


def test_a_date_that_is_a_bound_is_no_fair_multiple_choice(lexicon):
    [mcq] = _date_mcqs(lexicon, "By the 1930s four states had claimed sectors of the ice shelf.")
    assert any("is true of other choices too" in c for c in mcq.checks)


def test_a_word_ending_the_sentence_by_pointing_back_leans_outside(lexicon):
    q = Question(id="p-tf", type="tf", question="Marnia pressed for a total halt to trawling instead.", answer="True",
                 article="t", sentence="")
    assert any("“instead” at its end" in c for c in quality_reasons(q, lexicon))
    q.question = "Marnia pressed for a total halt to trawling in the southern fjords."
    assert not quality_reasons(q, lexicon)


def test_a_value_whose_sentence_names_nothing_it_belongs_to_stays_a_draft(lexicon):
    article = Article(slug="t", title="T", paragraphs=(
        "When the chairman closed the session on 9 May 1992, the delegates applauded.",
        "The Reef Convention was signed in Suva on 14 June 1994.",))
    questions = generate_questions([article], {"t": extract_facts(article, lexicon)}, lexicon)["t"]
    unnamed = [q for q in questions if "9 May 1992" in q.sentence]
    named = [q for q in questions if "Reef Convention" in q.sentence]
    assert unnamed and all(any("does not name what this date belongs to" in c for c in q.checks) for q in unnamed)
    assert named and not any("does not name what" in c for q in named for c in q.checks)


def test_a_pronoun_the_side_in_front_cannot_be_keeps_a_statement_a_draft(lexicon):
    from quizgen.questions import _stray_pronoun
    language = lexicon.language
    assert _stray_pronoun("said he was sorry about the ruling", language) == "he"
    assert _stray_pronoun("called it a breach of trust", language) == "it"
    assert _stray_pronoun("denied the claim that it had moved troops", language) == ""
    assert _stray_pronoun("defended its fishing quota", language) == ""
    assert _stray_pronoun("said the Prime Minister had changed his mind", language) == ""
    from quizgen.questions import _true_false_side
    statement = _true_false_side(_position("he was sorry about the ruling", "Uganda", ["Uganda"], verb="said"),
                                 [], lexicon)
    assert "“he” refers to something outside the question" in statement.checks


def test_a_false_statement_never_names_the_side_its_own_words_speak_of(lexicon):
    from quizgen.questions import _true_false_side
    for i in range(12):
        fact = _position("Ugandan patrols of slowing the river traffic", "Kenya", ["Kenya", "Uganda"], verb="accused")
        fact = dataclasses.replace(fact, id=f"position-{i:010d}")
        q = _true_false_side(fact, [], lexicon, against=["Uganda"])
        assert not q.question.startswith("Uganda"), q.question     # "Uganda accused Ugandan patrols" gives itself away
        assert q.answer == "True"
