function fish_prompt
    set -l st $status
    "@EXE@" prompt --status $st --duration-ms $CMD_DURATION
end
