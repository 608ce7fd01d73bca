"""JSON Lines export: one object per question, for scripts and other tools."""
from __future__ import annotations

import json
from collections.abc import Sequence

from ..model import Question


def to_jsonl(questions: Sequence[Question]) -> str:
    """One JSON object per line, with the keys other tools rely on."""
    lines = []
    for q in questions:
        lines.append(json.dumps({
            "id": q.id,
            "article": q.article,
            "type": q.type,
            "question": q.question,
            "answer": q.answer,
            "choices": q.choices,
            "source_sentence": q.sentence,
            "status": q.status,
        }, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
