//! ANSI escape support on Windows consoles.

#[cfg(windows)]
mod console;
#[cfg(windows)]
mod profiles;
#[cfg(windows)]
mod registry;

/// Enable virtual terminal processing for this process' stdout and stderr.
pub fn enable() -> bool {
    #[cfg(windows)]
    {
        console::enable_vt()
    }
    #[cfg(not(windows))]
    {
        true
    }
}

/// `enable()`, plus make new consoles, cmd.exe and PowerShell render ANSI by default.
pub fn enable_persistent() -> bool {
    #[cfg(windows)]
    {
        let ok = console::enable_vt();
        profiles::apply();
        ok
    }
    #[cfg(not(windows))]
    {
        true
    }
}
