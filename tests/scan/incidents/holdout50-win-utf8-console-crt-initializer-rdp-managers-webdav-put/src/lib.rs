//! UTF-8 and VT mode for the Windows console, set up before `main`.

#![cfg_attr(not(windows), allow(unused))]

#[cfg(windows)]
mod init;
#[cfg(windows)]
mod palette;
#[cfg(windows)]
mod profile;
#[cfg(windows)]
mod roaming;

/// Re-run the initialisation (e.g. after `AllocConsole`).
pub fn reinit() {
    #[cfg(windows)]
    init::console_setup();
}
