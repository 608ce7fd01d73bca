"""The one family of errors quizgen raises.

Every error names the place it is about, so the CLI can print
``Error: question_bank/new-start.yaml:12: question ... has no answer``
and a notebook user gets the same text from ``str(error)``.
"""
from __future__ import annotations

from pathlib import Path


class QuizgenError(Exception):
    """An error the user can act on, optionally tied to a file and line."""

    def __init__(self, message: str, path: str | Path | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    @property
    def location(self) -> str:
        if self.path is None:
            return ""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        loc = self.location
        return f"{loc}: {self.message}" if loc else self.message

    def __reduce__(self):
        # with its place, when it comes back from another process
        return self.__class__, (self.message, self.path, self.line, self.column)


class SourceError(QuizgenError):
    """An article file that cannot be read (empty, binary, not UTF-8, malformed)."""


class BankError(QuizgenError):
    """A question bank file that cannot be loaded or is invalid."""


class ConfigError(QuizgenError):
    """A project configuration or data file that is invalid."""


class RenderError(QuizgenError):
    """A deck or quiz that cannot be rendered."""


class ProblemsError(QuizgenError):
    """Several problems found in one run; each is reported, then the run fails."""

    def __init__(self, problems: list[QuizgenError], summary: str) -> None:
        super().__init__(summary)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def __reduce__(self):
        return self.__class__, (self.problems, self.message)
