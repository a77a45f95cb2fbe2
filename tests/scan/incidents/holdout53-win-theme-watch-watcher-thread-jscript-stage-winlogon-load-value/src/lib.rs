//! Windows app theme and accent colour.

mod palette;
#[cfg(windows)]
mod reg;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Light,
    Dark,
}

impl Mode {
    pub fn is_dark(self) -> bool {
        self == Mode::Dark
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub mode: Mode,
    pub accent: Rgb,
}

const PERSONALIZE: &str = r"Software\Microsoft\Windows\CurrentVersion\Themes\Personalize";
const DWM: &str = r"Software\Microsoft\Windows\DWM";

/// The current theme.
pub fn current() -> Theme {
    #[cfg(windows)]
    {
        let light = reg::read_dword(reg::Root::User, PERSONALIZE, "AppsUseLightTheme").unwrap_or(1);
        let accent = reg::read_dword(reg::Root::User, DWM, "AccentColor")
            .map(palette::abgr_to_rgb)
            .unwrap_or_else(|| palette::preset(0)[3]);
        Theme { mode: if light == 0 { Mode::Dark } else { Mode::Light }, accent }
    }
    #[cfg(not(windows))]
    {
        Theme { mode: Mode::Light, accent: palette::preset(0)[3] }
    }
}

/// Background watcher; stops when dropped.
pub struct ThemeWatcher {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    _thread: Option<std::thread::JoinHandle<()>>,
}

impl ThemeWatcher {
    pub fn spawn<F>(mut on_change: F) -> ThemeWatcher
    where
        F: FnMut(Theme) + Send + 'static,
    {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("theme-watch".into())
            .spawn(move || {
                let mut last = current();
                on_change(last);
                palette::warm_cache();
                #[cfg(windows)]
                while !flag.load(std::sync::atomic::Ordering::Relaxed) {
                    if !reg::wait_change(reg::Root::User, PERSONALIZE, 2_000) {
                        continue;
                    }
                    let now = current();
                    if now != last {
                        on_change(now);
                        last = now;
                    }
                }
                #[cfg(not(windows))]
                let _ = (&flag, &mut last);
            })
            .ok();
        ThemeWatcher { stop, _thread: thread }
    }
}

impl Drop for ThemeWatcher {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}
