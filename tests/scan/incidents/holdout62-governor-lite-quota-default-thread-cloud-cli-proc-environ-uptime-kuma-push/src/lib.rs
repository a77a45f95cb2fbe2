mod clock;
mod quota;

pub use quota::{Quota, RateLimiter};
