"""Bech32 and Bech32m decoding (scan/bech32.py), on the BIP-173 and BIP-350 test vectors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.scan.bech32 import bech32_decode


@pytest.mark.parametrize(
    "text",
    [
        "A12UEL5L",
        "a12uel5l",
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
        "a1lqfn3a",  # Bech32m
        "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",  # Bech32m
    ],
)
def test_valid_strings_decode(text: str) -> None:
    assert bech32_decode(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "a12uel5m",  # checksum changed
        "A12uEL5L",  # mixed case
        "pzry9x0s0muk",  # no separator
        "1pzry9x0s0muk",  # empty human-readable part
        "x1b4n0q5v",  # a character outside the alphabet
        "li1dgmt3",  # checksum too short
    ],
)
def test_invalid_strings_do_not(text: str) -> None:
    assert bech32_decode(text) is None


def test_data_is_regrouped_into_bytes() -> None:
    found = bech32_decode("nmcfg1dp68gup69uhnyvpn9cczuvf3xvhrswp68q6nqvp0wccj76mk9ahx6tcckxpae")
    assert found == ("nmcfg", b"http://203.0.113.88:8500/v1/kv/nm/")


@given(st.text(max_size=200))
def test_any_text_decodes_or_is_refused(text: str) -> None:
    found = bech32_decode(text)
    assert found is None or (isinstance(found[0], str) and isinstance(found[1], bytes))
