"""Compiled Rust binaries as a source of dependency lists: the list cargo-auditable embeds
(``embedded.py``) found in an executable's sections (``sections.py``), or, without one, the
crate names and versions a binary's panic messages give away (``recovered.py``).
``formats.py`` tells a binary from a lockfile; ``read.py`` puts the parts together."""
