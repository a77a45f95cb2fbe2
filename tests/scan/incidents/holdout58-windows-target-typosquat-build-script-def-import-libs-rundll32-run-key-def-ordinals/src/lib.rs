//! Linking to Windows system DLLs through generated import libraries.
#![no_std]

/// Declares an imported function: `link!("kernel32" "system" fn Sleep(ms: u32));`.
///
/// The library name is the DLL's file stem; the build script generates its import library
/// from `lib/<name>.def`.
#[macro_export]
macro_rules! link {
    ($library:literal $abi:literal $(#[$doc:meta])* fn $($function:tt)*) => (
        #[link(name = $library, kind = "dylib")]
        extern $abi {
            $(#[$doc])*
            pub fn $($function)*;
        }
    )
}
