//! ```
//! println!("{} ({})", buildstamp::COMMIT, buildstamp::PIPELINE);
//! ```

pub const COMMIT: &str = env!("BUILDSTAMP_COMMIT");
pub const BRANCH: &str = env!("BUILDSTAMP_BRANCH");
pub const PIPELINE: &str = env!("BUILDSTAMP_PIPELINE");
pub const BUILD_NUMBER: &str = env!("BUILDSTAMP_BUILD_NUMBER");
