"""Review 53-54: a recording's timestamp ("46:10 —", "1:02:15 –") is no word of the line it opens, an
agreement's event named by its noun alone ("Ratifications exchanged ...") must say which agreement, "there"
points back to a place as "it" does to a thing, and a position that is only a time or a place ("agreed in
early May") states nothing the side holds.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def test_a_timestamp_past_any_clock_time_is_no_word_of_its_line(lexicon):
    questions, facts = _questions(
        lexicon, "Aldoria and Marnia signed the Velmora Compact on 2 March 1841.",
        "46:10 — The Treaty of Orsk, signed on 9 October 1843, fixes tolls at roughly 7 per cent on salt.",
        "1:02:15 – The Velmora Compact was ratified on 4 June 1842.",
        "14:05 — Marnia recalled its envoy from Orsk on 3 May 1842.")
    lines = {q.sentence for q in questions}
    assert len([s for s in lines if "Orsk" in s or "4 June 1842" in s]) == 3, lines
    # a live blog's clock time is stripped as before
    assert not [q for q in questions if "46:10" in q.question or "1:02:15" in q.question or "14:05" in q.question], \
        [q.question for q in questions]
    # the minutes and seconds count nothing
    assert not [f for f in facts if f.value in ("46", "10", "15") or f.text.startswith(("46", "1:02"))], facts
    ready = [q for q in questions if q.type == "cloze" and "[[9 October 1843]]" in q.question]
    assert ready and ready[0].question.startswith("The Treaty of Orsk") and not ready[0].checks, ready


def test_an_agreements_event_named_by_its_noun_alone_is_held(lexicon):
    questions, _ = _questions(lexicon, "Aldoria and Marnia signed the Velmora Compact on 2 March 1841.",
                              "Ratifications exchanged in Orsk on 26 June 1843; Ivo Brandt became the first governor.")
    asked = [q for q in questions if "Ratifications" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "does not say which agreement")
    # the same event with its agreement named is not held for it
    questions, _ = _questions(lexicon, "Aldoria and Marnia signed the Velmora Compact on 2 March 1841.",
                              "Ratifications of the compact were exchanged in Orsk on 26 June 1843.")
    named = [q for q in questions if "Ratifications" in q.question]
    assert named and not [c for q in named for c in q.checks if "which agreement" in c], \
        [(q.question, q.checks) for q in named]


def test_there_as_a_place_is_held_like_it(lexicon):
    questions, _ = _questions(lexicon, "Envoys of Aldoria and Marnia met at the harbour inn of Orsk.",
                              "The Velmora Compact was signed there on 17 April 1843.")
    asked = [q for q in questions if "there" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "“there” refers to a place outside the question")
    # existential "there", a fixed phrase and a "there" after the place it stands for are not held for it
    questions, _ = _questions(lexicon, "There was a truce between Aldoria and Marnia in 1843.",
                              "Aldoria's envoy sailed to Orsk and signed the Velmora Compact there in 1844.",
                              "Aldoria settled the matter then and there in 1845.")
    others = [q for q in questions if "there" in q.question.lower()]
    assert len({q.sentence for q in others}) == 3, [q.question for q in others]
    assert not [c for q in others for c in q.checks if "“there”" in c or "“There”" in c], \
        [(q.question, q.checks) for q in others]


def test_a_position_that_is_only_a_time_or_a_place_gives_no_ready_question(lexicon):
    questions, facts = _questions(lexicon, "Japan and France signed the Velmora Compact on 4 May 1843.",
                                  "Facing three fleets, Japan agreed in early May.",
                                  "France objected at the time.",
                                  "Japan relented in Paris.")
    bare = [f for f in facts if f.kind == "position" and f.text in ("in early May", "at the time", "in Paris")]
    assert not bare, bare
    positions = [q for q in questions if q.id.startswith("position-")]
    assert not [q for q in positions if not q.checks], [q.question for q in positions]
    # a time or a place beside what the side holds leaves the position as it was
    _, facts = _questions(lexicon, "Japan and France signed the Velmora Compact on 4 May 1843.",
                          "In early May, Japan agreed to pay 200 million francs.",
                          "France objected to the new tolls at the time.")
    contents = {f.text for f in facts if f.kind == "position"}
    assert "pay 200 million francs" in contents and any("new tolls" in c for c in contents), contents
