//! Open URLs in the web browser (stand-in for webbrowser 1.2.0).

use std::io::{Error, ErrorKind, Result};
use std::process::{Command, Stdio};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Browser {
    Default,
    Firefox,
    Chrome,
}

#[derive(Clone, Debug, Default)]
pub struct BrowserOptions {
    suppress_output: bool,
    dry_run: bool,
}

impl BrowserOptions {
    pub fn new() -> BrowserOptions {
        BrowserOptions { suppress_output: true, dry_run: false }
    }

    pub fn with_dry_run(&mut self, dry_run: bool) -> &mut BrowserOptions {
        self.dry_run = dry_run;
        self
    }
}

/// Opens `url` in the default browser.
pub fn open(url: &str) -> Result<()> {
    open_browser(Browser::Default, url)
}

/// Opens `url` in `browser`.
pub fn open_browser(browser: Browser, url: &str) -> Result<()> {
    open_browser_with_options(browser, url, &BrowserOptions::new())
}

/// Opens `url`; before 1.2.2 a URL starting with `-` reaches the launcher as an option.
pub fn open_browser_with_options(browser: Browser, url: &str, options: &BrowserOptions) -> Result<()> {
    if options.dry_run {
        return Ok(());
    }
    let cmd = match browser {
        Browser::Default => "xdg-open",
        Browser::Firefox => "firefox",
        Browser::Chrome => "google-chrome",
    };
    let mut command = Command::new(cmd);
    command.arg(url);
    if options.suppress_output {
        command.stdout(Stdio::null()).stderr(Stdio::null());
    }
    let status = command.status()?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::Other, "browser exited with an error"))
    }
}

/// Whether a browser can be launched at all.
pub fn is_available() -> bool {
    std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
}
