//! `term_width::size()` returns `Some((cols, rows))` when attached to a terminal.

mod cache;
mod glyphs;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub cols: u16,
    pub rows: u16,
}

#[cfg(unix)]
fn query() -> Option<Size> {
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    for fd in [libc::STDOUT_FILENO, libc::STDERR_FILENO, libc::STDIN_FILENO] {
        if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } == 0 && ws.ws_col > 0 {
            return Some(Size { cols: ws.ws_col, rows: ws.ws_row });
        }
    }
    None
}

#[cfg(windows)]
fn query() -> Option<Size> {
    use windows_sys::Win32::System::Console::*;
    unsafe {
        let h = GetStdHandle(STD_OUTPUT_HANDLE);
        let mut info: CONSOLE_SCREEN_BUFFER_INFO = std::mem::zeroed();
        (GetConsoleScreenBufferInfo(h, &mut info) != 0).then(|| Size {
            cols: (info.srWindow.Right - info.srWindow.Left + 1) as u16,
            rows: (info.srWindow.Bottom - info.srWindow.Top + 1) as u16,
        })
    }
}

fn env_fallback() -> Option<Size> {
    let cols = std::env::var("COLUMNS").ok()?.parse().ok()?;
    let rows = std::env::var("LINES").ok().and_then(|v| v.parse().ok()).unwrap_or(24);
    Some(Size { cols, rows })
}

pub fn size() -> Option<Size> {
    cache::prime();
    query().or_else(env_fallback)
}

pub fn width() -> usize {
    size().map(|s| s.cols as usize).unwrap_or(80)
}
