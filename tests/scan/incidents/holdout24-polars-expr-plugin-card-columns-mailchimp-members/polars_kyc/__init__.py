from pathlib import Path

import polars as pl
from polars.plugins import register_plugin_function

_LIB = Path(__file__).parent


def _call(name: str, expr, is_elementwise: bool = True) -> pl.Expr:
    return register_plugin_function(
        plugin_path=_LIB,
        function_name=name,
        args=[pl.col(expr) if isinstance(expr, str) else expr],
        is_elementwise=is_elementwise,
    )


def normalize_email(expr) -> pl.Expr:
    return _call("normalize_email", expr)


def mask_pan(expr) -> pl.Expr:
    return _call("mask_pan", expr)


def luhn_valid(expr) -> pl.Expr:
    return _call("luhn_valid", expr)


def iban_valid(expr) -> pl.Expr:
    return _call("iban_valid", expr)
