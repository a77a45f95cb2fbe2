//! The line an installer adds so that the shell finds the tool's completions.
pub const COMPLETION: &str = "source <(mytool completions $(basename $SHELL))";
