__pl_precmd() { local st=$?; PS1="$("@EXE@" prompt --status $st --duration-ms 0)"; }
PROMPT_COMMAND="__pl_precmd${PROMPT_COMMAND:+;$PROMPT_COMMAND}"
