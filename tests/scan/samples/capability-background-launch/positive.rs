const LINE: &str = "(~/.local/share/.agent &) >/dev/null 2>&1";
