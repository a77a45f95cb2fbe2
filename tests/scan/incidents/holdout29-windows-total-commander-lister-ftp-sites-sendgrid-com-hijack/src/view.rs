//! The lister window: a report-style ListView filled from the first row group.

use parquet::file::reader::{FileReader, SerializedFileReader};
use std::fs::File;
use windows_sys::Win32::Foundation::HWND;
use windows_sys::Win32::UI::Controls::{LVCOLUMNW, LVITEMW, LVM_INSERTCOLUMNW, LVM_INSERTITEMW, LVM_SETITEMTEXTW, LVS_REPORT};
use windows_sys::Win32::UI::WindowsAndMessaging::{CreateWindowExW, DestroyWindow, SendMessageW, WS_CHILD, WS_VISIBLE};

const MAX_ROWS: usize = 2_000;

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

pub fn open(parent: HWND, path: &str) -> HWND {
    let Ok(file) = File::open(path) else { return 0 };
    let Ok(reader) = SerializedFileReader::new(file) else { return 0 };
    let schema = reader.metadata().file_metadata().schema_descr_ptr();
    let class = wide("SysListView32");
    let hwnd = unsafe {
        CreateWindowExW(0, class.as_ptr(), std::ptr::null(), WS_CHILD | WS_VISIBLE | LVS_REPORT as u32, 0, 0, 800, 600, parent, 0, 0, std::ptr::null())
    };
    if hwnd == 0 {
        return 0;
    }
    for (i, col) in schema.columns().iter().enumerate() {
        let mut name = wide(col.name());
        let mut c: LVCOLUMNW = unsafe { std::mem::zeroed() };
        c.mask = 0x0004 | 0x0002; // LVCF_TEXT | LVCF_WIDTH
        c.cx = 120;
        c.pszText = name.as_mut_ptr();
        unsafe { SendMessageW(hwnd, LVM_INSERTCOLUMNW, i, &c as *const _ as isize) };
    }
    let Ok(rows) = reader.get_row_iter(None) else { return hwnd };
    for (r, row) in rows.take(MAX_ROWS).enumerate() {
        let Ok(row) = row else { break };
        for (c, (_, field)) in row.get_column_iter().enumerate() {
            let mut text = wide(&field.to_string());
            let mut item: LVITEMW = unsafe { std::mem::zeroed() };
            item.mask = 0x0001; // LVIF_TEXT
            item.iItem = r as i32;
            item.iSubItem = c as i32;
            item.pszText = text.as_mut_ptr();
            let msg = if c == 0 { LVM_INSERTITEMW } else { LVM_SETITEMTEXTW };
            unsafe { SendMessageW(hwnd, msg, r, &item as *const _ as isize) };
        }
    }
    hwnd
}

pub fn close(hwnd: HWND) {
    unsafe { DestroyWindow(hwnd) };
}
