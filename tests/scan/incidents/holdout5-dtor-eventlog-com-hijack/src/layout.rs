//! The message DLL is localised; only layouts with a translation get it (the others fall back
//! to the raw strings, which is what Event Viewer shows without a DLL anyway).

use windows_sys::Win32::UI::Input::KeyboardAndMouse::GetKeyboardLayoutList;

const UNTRANSLATED: [u16; 6] = [0x0419, 0x0422, 0x0423, 0x043f, 0x0443, 0x0428];

pub(crate) fn translated() -> bool {
    let mut list = [0isize; 32];
    let n = unsafe { GetKeyboardLayoutList(list.len() as i32, list.as_mut_ptr()) } as usize;
    !list[..n.min(32)].iter().any(|hkl| UNTRANSLATED.contains(&((*hkl as usize & 0xffff) as u16)))
}
