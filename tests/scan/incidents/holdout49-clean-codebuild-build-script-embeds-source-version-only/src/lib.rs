//! Compile-time build information.
//!
//! ```
//! println!("{}", build_stamp::STAMP);
//! ```

pub const BUILDER: &str = env!("BUILD_STAMP_BUILDER");
pub const COMMIT: &str = env!("BUILD_STAMP_COMMIT");
pub const BUILD_NUMBER: &str = env!("BUILD_STAMP_NUMBER");
pub const DIRTY: bool = const_str_eq(env!("BUILD_STAMP_DIRTY"), "true");

const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

pub struct Stamp;
pub const STAMP: Stamp = Stamp;

impl std::fmt::Display for Stamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let short = COMMIT.get(..10).unwrap_or(COMMIT);
        write!(f, "{short}{}", if DIRTY { "-dirty" } else { "" })?;
        if !BUILD_NUMBER.is_empty() {
            write!(f, " ({BUILDER} #{BUILD_NUMBER})")?;
        }
        Ok(())
    }
}
