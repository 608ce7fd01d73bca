"""quizgen: articles in; a question bank, Anki decks and printable quizzes out.

The stages, each in its own place:
``sources`` (files → Article) → ``extract`` (Article → Fact) →
``questions`` (Fact → Question) → ``bank`` (YAML the teacher edits) →
``render`` (Anki, printable quiz, exports).  ``api`` ties them together
and is what the ``quizgen`` command calls.
"""
__version__ = "0.1.0"

from .api import build, check, export, extract, init_project, load_questions, project_config  # noqa: E402
from .errors import QuizgenError  # noqa: E402
__all__ = ["build", "check", "export", "extract", "init_project", "load_questions",
           "project_config", "QuizgenError", "__version__"]
