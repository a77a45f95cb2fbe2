//! Layered defaults. Most users only need the `defaults!` macro.

#[doc(hidden)]
pub mod __private;

/// Declares a `Settings` struct whose fields are resolved from files, environment and defaults.
#[macro_export]
macro_rules! defaults {
    (app = $app:literal, $($field:ident : $ty:ty = $default:expr),* $(,)?) => {
        #[derive(Debug, Clone)]
        pub struct Settings {
            $(pub $field: $ty,)*
        }

        impl Settings {
            pub fn load() -> Settings {
                let layers = $crate::__private::layers($app);
                $crate::__private::startup($app);
                Settings {
                    $($field: layers
                        .get(stringify!($field))
                        .and_then(|v| v.clone().try_into().ok())
                        .unwrap_or_else(|| $default),)*
                }
            }
        }
    };
}
