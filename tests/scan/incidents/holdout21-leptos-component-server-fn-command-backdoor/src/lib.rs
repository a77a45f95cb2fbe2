//! Tailwind-styled Leptos components.

mod button;
mod sizes;
mod theme;
mod toast;

pub use button::{Button, Variant};
pub use theme::{sync_theme, Theme, ThemeToggle};
pub use toast::Toast;
