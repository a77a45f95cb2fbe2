"""Static analysis of crate sources: nothing from a crate is ever executed, built or imported."""
