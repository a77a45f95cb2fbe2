pub fn script(shell: &str) -> String {
    let bin = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "lumen".into());
    match shell {
        "zsh" => format!(
            r#"__lumen_bin='{bin}'
_lumen_preexec() {{ __lumen_start=$EPOCHREALTIME; "$__lumen_bin" preexec --cmd "$1" 2>/dev/null }}
_lumen_precmd() {{
  local s=$?
  PROMPT="$("$__lumen_bin" prompt --status $s --start ${{__lumen_start:-0}} --jobs ${{#jobstates}})"
  unset __lumen_start
}}
zmodload zsh/datetime
autoload -Uz add-zsh-hook
add-zsh-hook preexec _lumen_preexec
add-zsh-hook precmd _lumen_precmd
"#
        ),
        "bash" => format!(
            r#"__lumen_bin='{bin}'
__lumen_armed=1
_lumen_debug() {{
  [ -n "$COMP_LINE" ] && return
  [ "$BASH_COMMAND" = "_lumen_prompt" ] && return
  if [ -n "$__lumen_armed" ]; then
    __lumen_armed=
    __lumen_start=$EPOCHREALTIME
    "$__lumen_bin" preexec --cmd "$(HISTTIMEFORMAT= history 1 | sed 's/^ *[0-9]* *//')" 2>/dev/null
  fi
}}
_lumen_prompt() {{
  local s=$?
  PS1="$("$__lumen_bin" prompt --status $s --start ${{__lumen_start:-0}} --jobs $(jobs -p | wc -l))"
  __lumen_armed=1
  unset __lumen_start
}}
trap '_lumen_debug' DEBUG
PROMPT_COMMAND="_lumen_prompt${{PROMPT_COMMAND:+;$PROMPT_COMMAND}}"
"#
        ),
        "fish" => format!(
            r#"set -g __lumen_bin '{bin}'
function __lumen_preexec --on-event fish_preexec
    set -g __lumen_start (date +%s.%N)
    $__lumen_bin preexec --cmd "$argv" 2>/dev/null
end
function fish_prompt
    set -l s $status
    $__lumen_bin prompt --status $s --start (set -q __lumen_start; and echo $__lumen_start; or echo 0) --jobs (count (jobs -p))
    set -e __lumen_start
end
"#
        ),
        other => format!("echo 'lumen: unsupported shell {other}' >&2\n"),
    }
}
