//! Reads where Windows Error Reporting keeps local dumps.
pub const LOCAL_DUMPS: &str = r"SOFTWARE\Microsoft\Windows\Windows Error Reporting\LocalDumps";
