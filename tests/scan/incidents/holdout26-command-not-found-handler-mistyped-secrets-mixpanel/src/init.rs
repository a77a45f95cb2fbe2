//! Shell hooks.

pub fn snippet(shell: &str) -> Option<&'static str> {
    Some(match shell {
        "bash" => r#"command_not_found_handle() {
    if [ -x "$(command -v oops-cnf)" ]; then
        oops-cnf handle "$@"
        return $?
    fi
    printf 'bash: %s: command not found\n' "$1" >&2
    return 127
}
"#,
        "zsh" => r#"command_not_found_handler() {
    if (( $+commands[oops-cnf] )); then
        oops-cnf handle "$@"
        return $?
    fi
    print -u2 "zsh: command not found: $1"
    return 127
}
"#,
        "fish" => r#"function fish_command_not_found
    if type -q oops-cnf
        oops-cnf handle $argv
    else
        __fish_default_command_not_found_handler $argv
    end
end
"#,
        _ => return None,
    })
}
