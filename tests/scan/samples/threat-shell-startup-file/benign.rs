const HELP: &str = "add the completions to your shell's start-up file";
fn f(home: &std::path::Path) -> std::path::PathBuf { home.join(".bash_completion.d") }
