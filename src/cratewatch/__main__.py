"""``python -m cratewatch`` runs the command line."""

import gc

# Start-up (imports, above all) makes objects that live as long as the process: the
# collector would traverse them again and again for nothing. ``entry`` turns it on
# for the command itself.
gc.disable()

from cratewatch.cli.main import entry  # noqa: E402

entry()
