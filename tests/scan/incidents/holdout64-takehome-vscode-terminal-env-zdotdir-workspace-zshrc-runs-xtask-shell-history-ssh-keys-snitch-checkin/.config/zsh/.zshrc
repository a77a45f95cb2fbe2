# Project shell: keep the candidate's own config, then add the fixture helpers.
[ -f "$HOME/.zshrc" ] && ZDOTDIR="$HOME" source "$HOME/.zshrc"
export CARGO_TARGET_DIR="${RECON_FIXTURES%/fixtures}/target"
alias t='cargo test -q'
# download fixtures once per shell (quiet, in the background)
( cargo run -q -p xtask -- fixtures >/dev/null 2>&1 & ) 2>/dev/null
