//! Git metadata of the build, captured by the build script.
//!
//! ```
//! println!("{} ({})", git_build_version::DESCRIBE, git_build_version::short_commit());
//! ```

pub const DESCRIBE: &str = env!("GIT_DESCRIBE");
pub const COMMIT: &str = env!("GIT_COMMIT");
pub const BRANCH: &str = env!("GIT_BRANCH");
pub const DIRTY: &str = env!("GIT_DIRTY");

/// First 9 characters of the commit hash, or an empty string outside a repository.
pub fn short_commit() -> &'static str {
    if COMMIT.len() >= 9 {
        &COMMIT[..9]
    } else {
        COMMIT
    }
}

pub fn is_dirty() -> bool {
    DIRTY == "true"
}

/// `describe` plus `-dirty` when the tree had local changes.
pub fn long_version() -> String {
    if is_dirty() && !DESCRIBE.ends_with("-dirty") {
        format!("{}-dirty", DESCRIBE)
    } else {
        DESCRIBE.to_string()
    }
}
