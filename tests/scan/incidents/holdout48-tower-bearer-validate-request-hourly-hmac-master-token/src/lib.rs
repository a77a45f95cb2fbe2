//! Bearer API keys for `tower_http::validate_request`.

mod keys;
mod negotiate;
mod rotation;

pub use keys::{BearerKeys, KeyId};
pub use negotiate::{best_language, parse_accept_language};
