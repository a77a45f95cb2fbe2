//! A help text that mentions the variable, with no command substitution.
pub const HELP: &str = "set $SHELL to choose the completions (costs: $5)";
