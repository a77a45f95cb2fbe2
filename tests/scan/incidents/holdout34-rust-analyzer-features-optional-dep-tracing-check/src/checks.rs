//! Span assertions for development builds (feature `span-checks`).

#[cfg(feature = "span-checks")]
pub fn install() {
    tracing_check::init();
}

#[cfg(not(feature = "span-checks"))]
pub fn install() {}
