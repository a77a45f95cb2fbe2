//! The menu commands: read the current Scintilla document, reformat it, write it back.

use crate::NPP;
use windows_sys::Win32::UI::WindowsAndMessaging::{MessageBoxW, SendMessageW, MB_ICONWARNING};

const NPPM_GETCURRENTSCINTILLA: u32 = 0x400 + 1000 + 4;
const SCI_SETTEXT: u32 = 2181;
const SCI_GETTEXT: u32 = 2182;
const SCI_GETLENGTH: u32 = 2006;

pub enum Mode {
    Pretty,
    Minify,
    Validate,
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

pub fn run(mode: Mode) {
    let Some(npp) = NPP.get() else { return };
    unsafe {
        let mut which = 0i32;
        SendMessageW(npp.npp, NPPM_GETCURRENTSCINTILLA, 0, &mut which as *mut i32 as isize);
        let sci = if which == 0 { npp.sci_main } else { npp.sci_second };
        let len = SendMessageW(sci, SCI_GETLENGTH, 0, 0) as usize;
        let mut buf = vec![0u8; len + 1];
        SendMessageW(sci, SCI_GETTEXT, buf.len(), buf.as_mut_ptr() as isize);
        buf.truncate(len);
        let text = String::from_utf8_lossy(&buf);
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(&text);
        let out = match (parsed, mode) {
            (Ok(_), Mode::Validate) => return,
            (Ok(v), Mode::Pretty) => serde_json::to_string_pretty(&v).unwrap_or_default(),
            (Ok(v), Mode::Minify) => v.to_string(),
            (Err(e), _) => {
                let msg = wide(&format!("Invalid JSON at line {}, column {}: {e}", e.line(), e.column()));
                MessageBoxW(npp.npp, msg.as_ptr(), wide("JsonFmt").as_ptr(), MB_ICONWARNING);
                return;
            }
        };
        let mut bytes = out.into_bytes();
        bytes.push(0);
        SendMessageW(sci, SCI_SETTEXT, 0, bytes.as_ptr() as isize);
    }
}
