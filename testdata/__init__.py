"""Generators of test and benchmark data; not part of the installed package.

``dumpgen`` writes crates.io database dumps (from an index, or synthetic at today's
scale) and ``generate_dump`` is its command line::

    python -m testdata.generate_dump db-dump.tar.gz --from-index path/to/index.tar.gz

Run from the repository root (the tests find it through pytest's ``pythonpath``).
"""
