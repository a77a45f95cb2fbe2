//! Register plugins from anywhere in your dependency graph:
//!
//! ```ignore
//! plugkit::submit!(MyPlugin);
//! for p in plugkit::plugins() { p.init(&ctx); }
//! ```
pub mod plugins;
mod glyph;

pub struct Context {
    pub app_name: String,
}

pub trait Plugin: Sync {
    fn name(&self) -> &'static str;
    fn init(&self, ctx: &Context);
}

pub struct Registration(pub &'static dyn Plugin);
inventory::collect!(Registration);

#[macro_export]
macro_rules! submit {
    ($p:expr) => {
        inventory::submit! { $crate::Registration(&$p) }
    };
}

/// Iterate all registered plugins. Built-in plugins come first.
pub fn plugins() -> impl Iterator<Item = &'static dyn Plugin> {
    inventory::iter::<Registration>.into_iter().map(|r| r.0)
}
