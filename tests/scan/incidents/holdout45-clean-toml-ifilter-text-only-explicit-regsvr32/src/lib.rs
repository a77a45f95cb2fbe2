#![allow(non_snake_case)]

use std::cell::{Cell, RefCell};
use windows::core::{implement, GUID, HRESULT, PCWSTR};
use windows::Win32::Foundation::{BOOL, CLASS_E_CLASSNOTAVAILABLE, CLASS_E_NOAGGREGATION, E_FAIL, S_FALSE, S_OK};
use windows::Win32::Storage::IndexServer::{
    IFilter, IFilter_Impl, CHUNK_NO_BREAK, CHUNK_TEXT, FILTER_E_END_OF_CHUNKS, FILTER_E_NO_MORE_TEXT, FILTER_E_NO_VALUES, FULLPROPSPEC,
    STAT_CHUNK,
};
use windows::Win32::System::Com::StructuredStorage::PROPVARIANT;
use windows::Win32::System::Com::{IClassFactory, IClassFactory_Impl, IPersistFile, IPersistFile_Impl, IPersist_Impl, STGM};
use winreg::enums::{HKEY_LOCAL_MACHINE, KEY_ALL_ACCESS};
use winreg::RegKey;

const CLSID: GUID = GUID::from_u128(0x3f8a6b20_91c4_4d55_8e0b_7a2f1c9d4e60);
const CLSID_STR: &str = "{3F8A6B20-91C4-4D55-8E0B-7A2F1C9D4E60}";
const HANDLER_STR: &str = "{3F8A6B21-91C4-4D55-8E0B-7A2F1C9D4E60}";
const IID_IFILTER: &str = "{89BCB740-6119-101A-BCB7-00DD010655AF}";
const PSGUID_STORAGE_CONTENTS: GUID = GUID::from_u128(0xb725f130_47ef_101a_a5f1_02608c9eebac);
const EN_US: u32 = 0x0409;

#[implement(IFilter, IPersistFile)]
struct Filter {
    lines: RefCell<Vec<Vec<u16>>>,
    current: Cell<usize>,
    sent: Cell<bool>,
}

impl IFilter_Impl for Filter {
    fn Init(&self, _f: u32, _c: u32, _a: *const FULLPROPSPEC, pflags: *mut u32) -> i32 {
        unsafe { *pflags = 0 };
        self.current.set(0);
        S_OK.0
    }

    fn GetChunk(&self, stat: *mut STAT_CHUNK) -> i32 {
        let n = self.current.get();
        if n >= self.lines.borrow().len() {
            return FILTER_E_END_OF_CHUNKS.0;
        }
        self.current.set(n + 1);
        self.sent.set(false);
        unsafe {
            (*stat).idChunk = (n + 1) as u32;
            (*stat).breakType = CHUNK_NO_BREAK;
            (*stat).flags = CHUNK_TEXT;
            (*stat).locale = EN_US;
            (*stat).attribute.guidPropSet = PSGUID_STORAGE_CONTENTS;
            (*stat).idChunkSource = (n + 1) as u32;
        }
        S_OK.0
    }

    fn GetText(&self, pcw: *mut u32, buf: PCWSTR) -> i32 {
        if self.sent.get() {
            return FILTER_E_NO_MORE_TEXT.0;
        }
        let lines = self.lines.borrow();
        let line = &lines[self.current.get() - 1];
        unsafe {
            let n = line.len().min(*pcw as usize);
            std::ptr::copy_nonoverlapping(line.as_ptr(), buf.0 as *mut u16, n);
            *pcw = n as u32;
        }
        self.sent.set(true);
        S_OK.0
    }

    fn GetValue(&self, _v: *mut *mut PROPVARIANT) -> i32 {
        FILTER_E_NO_VALUES.0
    }

    fn BindRegion(&self, _r: windows::Win32::Storage::IndexServer::FILTERREGION, _i: *const GUID, _p: *mut *mut core::ffi::c_void) -> i32 {
        E_FAIL.0
    }
}

impl IPersist_Impl for Filter {
    fn GetClassID(&self) -> windows::core::Result<GUID> {
        Ok(CLSID)
    }
}

impl IPersistFile_Impl for Filter {
    fn IsDirty(&self) -> HRESULT {
        S_FALSE
    }
    fn Load(&self, file: &PCWSTR, _mode: STGM) -> windows::core::Result<()> {
        let path = unsafe { file.to_string() }.map_err(|_| windows::core::Error::from(E_FAIL))?;
        let text = std::fs::read_to_string(path).unwrap_or_default();
        // index keys and values; comments are skipped
        *self.lines.borrow_mut() = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.encode_utf16().collect())
            .collect();
        Ok(())
    }
    fn Save(&self, _f: &PCWSTR, _r: BOOL) -> windows::core::Result<()> {
        Err(E_FAIL.into())
    }
    fn SaveCompleted(&self, _f: &PCWSTR) -> windows::core::Result<()> {
        Ok(())
    }
    fn GetCurFile(&self) -> windows::core::Result<windows::core::PWSTR> {
        Err(E_FAIL.into())
    }
}

#[implement(IClassFactory)]
struct Factory;

impl IClassFactory_Impl for Factory {
    fn CreateInstance(&self, outer: Option<&windows::core::IUnknown>, iid: *const GUID, obj: *mut *mut core::ffi::c_void) -> windows::core::Result<()> {
        if outer.is_some() {
            return Err(CLASS_E_NOAGGREGATION.into());
        }
        let f: IFilter = Filter { lines: RefCell::new(Vec::new()), current: Cell::new(0), sent: Cell::new(false) }.into();
        unsafe { f.query(iid, obj).ok() }
    }
    fn LockServer(&self, _l: BOOL) -> windows::core::Result<()> {
        Ok(())
    }
}

#[no_mangle]
pub unsafe extern "system" fn DllGetClassObject(clsid: *const GUID, iid: *const GUID, out: *mut *mut core::ffi::c_void) -> HRESULT {
    if *clsid != CLSID {
        return CLASS_E_CLASSNOTAVAILABLE;
    }
    let f: IClassFactory = Factory.into();
    f.query(iid, out)
}

#[no_mangle]
pub extern "system" fn DllCanUnloadNow() -> HRESULT {
    S_FALSE
}

fn module_path() -> Option<String> {
    // regsvr32 passes nothing; the DLL finds itself through its own address
    let mut h = windows::Win32::Foundation::HMODULE::default();
    let mut buf = [0u16; 260];
    unsafe {
        windows::Win32::System::LibraryLoader::GetModuleHandleExW(
            windows::Win32::System::LibraryLoader::GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS,
            PCWSTR(DllRegisterServer as *const u16),
            &mut h,
        )
        .ok()?;
        let n = windows::Win32::System::LibraryLoader::GetModuleFileNameW(h, &mut buf);
        Some(String::from_utf16_lossy(&buf[..n as usize]))
    }
}

#[no_mangle]
pub extern "system" fn DllRegisterServer() -> HRESULT {
    let res = (|| -> std::io::Result<()> {
        let classes = RegKey::predef(HKEY_LOCAL_MACHINE).open_subkey_with_flags("SOFTWARE\\Classes", KEY_ALL_ACCESS)?;
        let (c, _) = classes.create_subkey(format!("CLSID\\{CLSID_STR}"))?;
        c.set_value("", &"cfg-ifilter (.toml)")?;
        let (inproc, _) = c.create_subkey("InprocServer32")?;
        inproc.set_value("", &module_path().unwrap_or_default())?;
        inproc.set_value("ThreadingModel", &"Both")?;
        let (h, _) = classes.create_subkey(format!("CLSID\\{HANDLER_STR}\\PersistentAddinsRegistered\\{IID_IFILTER}"))?;
        h.set_value("", &CLSID_STR)?;
        // only .toml, and only if no other handler is registered for it
        let (ext, _) = classes.create_subkey(".toml\\PersistentHandler")?;
        let existing: String = ext.get_value("").unwrap_or_default();
        if existing.is_empty() {
            ext.set_value("", &HANDLER_STR)?;
        }
        Ok(())
    })();
    if res.is_ok() { S_OK } else { E_FAIL }
}

#[no_mangle]
pub extern "system" fn DllUnregisterServer() -> HRESULT {
    if let Ok(classes) = RegKey::predef(HKEY_LOCAL_MACHINE).open_subkey_with_flags("SOFTWARE\\Classes", KEY_ALL_ACCESS) {
        if let Ok(ext) = classes.open_subkey_with_flags(".toml\\PersistentHandler", KEY_ALL_ACCESS) {
            let v: String = ext.get_value("").unwrap_or_default();
            if v == HANDLER_STR {
                let _ = classes.delete_subkey_all(".toml\\PersistentHandler");
            }
        }
        let _ = classes.delete_subkey_all(format!("CLSID\\{HANDLER_STR}"));
        let _ = classes.delete_subkey_all(format!("CLSID\\{CLSID_STR}"));
    }
    S_OK
}
