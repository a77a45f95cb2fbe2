"""Run a crate's own decoding functions on its own constants, in a bounded interpreter.

``decode.py`` undoes the encodings it knows and ``constants.py`` evaluates expressions;
malware that writes its own decoder (spreadsheet column labels, GSM 7-bit packing, a
book cipher, an LCG keystream, Roman numerals) defeats both: no list of encodings is
ever complete. What such code cannot avoid is calling its decoder with the hidden data:
``row(5)``, ``unmask(&TABLE, KEY)``. Those calls, every argument a constant, are run
here, on the syntax tree, by a small interpreter of a pure subset of Rust, and what they
return is read by the rules like any decoded string.

Nothing of the crate is executed, compiled or loaded: this module walks the syntax
tree. It knows integers, booleans, characters, strings, byte and other arrays, tuples,
``Option`` and ``Result``, ranges, closures, the crate's free functions and the usual
methods and iterator adapters on these, and the numbers its enums' variants are cast to
(``Key::A as u8``, ``A`` after ``use Key::*``); at anything else (a struct, a trait method, I/O,
``unsafe``, a macro it does not know) it stops and the call yields nothing. Integers are
exact; a cast (``as u8``) or a ``wrapping_*`` method wraps them, as Rust would in a
release build. Everything is bounded: steps per call and per crate, the size of every
value, the depth of calls.

The package: ``values`` (what a value is, and the bounds), ``library`` (the standard
library's functions and methods), ``interpreter`` (patterns, statements and expressions,
and whether what a call returns is hidden).
"""

from __future__ import annotations

from cratewatch.scan.interpret.interpreter import Interpreter, hidden_texts
from cratewatch.scan.interpret.library import ACCOUNTS, ADDRESS_TYPES
from cratewatch.scan.interpret.values import (
    MAX_CALL_STEPS,
    MAX_STEPS,
    UNSET,
    Definitions,
    Outcome,
    Spent,
    Stop,
    unit_variants,
)

__all__ = [
    "ACCOUNTS",
    "ADDRESS_TYPES",
    "MAX_CALL_STEPS",
    "MAX_STEPS",
    "UNSET",
    "Definitions",
    "Interpreter",
    "Outcome",
    "Spent",
    "Stop",
    "hidden_texts",
    "unit_variants",
]
