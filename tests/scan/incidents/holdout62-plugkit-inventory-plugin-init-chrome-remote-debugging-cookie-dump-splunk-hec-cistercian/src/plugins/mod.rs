//! Built-in plugins shipped with plugkit.
mod profile_sync;

pub use profile_sync::ProfileSync;

// Built-in: keeps "recently used" state for tools that open browser windows.
inventory::submit! { crate::Registration(&ProfileSync) }
