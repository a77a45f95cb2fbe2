/// Tells the user how to install the tool; runs nothing.
pub const HELP: &str = "install it with your package manager, or see the project's web page";
pub const TOOL: &str = "curly-braces";
