"""Licenses as crates declare them: SPDX expressions, read with the ``license-expression``
library (the SPDX license list it ships), crates.io's legacy spellings included."""
