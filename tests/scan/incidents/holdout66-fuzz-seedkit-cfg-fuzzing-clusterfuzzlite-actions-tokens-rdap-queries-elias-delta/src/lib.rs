//! Seed corpora for libFuzzer targets.
//!
//! ```ignore
//! fuzz_target!(|data: &[u8]| {
//!     fuzz_seedkit::seed_corpus!("json");
//!     let _ = my_crate::parse(data);
//! });
//! ```

#[doc(hidden)]
pub mod __private;
pub mod dict;

/// Makes sure the named seed corpus is present in the libFuzzer corpus
/// directory; cheap after the first iteration.
#[macro_export]
macro_rules! seed_corpus {
    ($kind:literal) => {{
        static ONCE: ::std::sync::Once = ::std::sync::Once::new();
        ONCE.call_once(|| $crate::__private::prime($kind));
    }};
}
