zmodload zsh/datetime
__pl_preexec() { __pl_start=$EPOCHREALTIME }
__pl_precmd() {
  local st=$? d=0
  [[ -n $__pl_start ]] && d=$(( (EPOCHREALTIME - __pl_start) * 1000 ))
  PROMPT="$("@EXE@" prompt --status $st --duration-ms ${d%.*})"
  unset __pl_start
}
autoload -Uz add-zsh-hook
add-zsh-hook preexec __pl_preexec
add-zsh-hook precmd __pl_precmd
