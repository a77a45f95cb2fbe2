//! The shell hook: a `j` function and a prompt hook that records the current directory.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

impl Shell {
    pub fn parse(s: &str) -> Option<Shell> {
        match s {
            "bash" => Some(Shell::Bash),
            "zsh" => Some(Shell::Zsh),
            "fish" => Some(Shell::Fish),
            _ => None,
        }
    }
}

/// The one line `setup` adds to the rc file.
pub fn hook_line(shell: Shell) -> String {
    match shell {
        Shell::Bash => "eval \"$(jumpdir init bash)\"".into(),
        Shell::Zsh => "eval \"$(jumpdir init zsh)\"".into(),
        Shell::Fish => "jumpdir init fish | source".into(),
    }
}

pub fn script(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => concat!(
            "__jumpdir_hook() { command jumpdir add \"$PWD\" >/dev/null 2>&1; }\n",
            "case \";$PROMPT_COMMAND;\" in *\";__jumpdir_hook;\"*) ;; *) PROMPT_COMMAND=\"__jumpdir_hook;${PROMPT_COMMAND}\" ;; esac\n",
            "j() { local d; d=\"$(command jumpdir query \"$@\")\" && cd \"$d\"; }\n",
        ),
        Shell::Zsh => concat!(
            "__jumpdir_hook() { command jumpdir add \"$PWD\" >/dev/null 2>&1 }\n",
            "autoload -Uz add-zsh-hook && add-zsh-hook chpwd __jumpdir_hook\n",
            "j() { local d; d=\"$(command jumpdir query \"$@\")\" && cd \"$d\" }\n",
        ),
        Shell::Fish => concat!(
            "function __jumpdir_hook --on-variable PWD; command jumpdir add $PWD >/dev/null 2>&1; end\n",
            "function j; set -l d (command jumpdir query $argv); and cd $d; end\n",
        ),
    }
}
