"""``python -m quizgen`` runs the ``quizgen`` command."""
from .cli import main

main()
