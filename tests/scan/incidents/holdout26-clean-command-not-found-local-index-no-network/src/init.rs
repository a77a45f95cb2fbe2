pub fn hook(shell: &str) -> Option<&'static str> {
    Some(match shell {
        "bash" => "command_not_found_handle() { cnf-hint handle \"$@\"; }\n",
        "zsh" => "command_not_found_handler() { cnf-hint handle \"$@\"; }\n",
        "fish" => "function fish_command_not_found\n    cnf-hint handle $argv\nend\n",
        _ => return None,
    })
}
