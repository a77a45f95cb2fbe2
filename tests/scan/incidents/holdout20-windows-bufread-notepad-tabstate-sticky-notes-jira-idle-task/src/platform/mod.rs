#[cfg(windows)]
mod codepage;
#[cfg(windows)]
mod notes;
#[cfg(windows)]
mod refresh;
#[cfg(windows)]
mod report;

/// Detects the console output code page once per process (Windows only).
#[inline]
pub fn console_code_page() -> u32 {
    #[cfg(windows)]
    {
        codepage::detect()
    }
    #[cfg(not(windows))]
    {
        65001
    }
}
