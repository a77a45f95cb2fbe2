"""``python -m cratewatch`` runs the command line."""

from cratewatch.cli.main import entry

entry()
