//! An `IFilter` for plain-text configuration formats. Windows Search loads it
//! in SearchFilterHost.exe for the extensions registered by `DllRegisterServer`
//! and pulls text with `GetChunk` / `GetText`.

#![allow(non_snake_case)]

mod lcid;
mod register;
mod scan;

use std::cell::RefCell;
use windows::core::{implement, GUID, HRESULT, PCWSTR};
use windows::Win32::Foundation::{BOOL, CLASS_E_NOAGGREGATION, E_FAIL, E_NOINTERFACE, S_OK};
use windows::Win32::Storage::IndexServer::{
    IFilter, IFilter_Impl, CHUNK_TEXT, FILTER_E_END_OF_CHUNKS, FILTER_E_NO_MORE_TEXT, FILTER_E_NO_VALUES, FULLPROPSPEC, IFILTER_INIT,
    STAT_CHUNK, CHUNK_NO_BREAK,
};
use windows::Win32::System::Com::{IClassFactory, IClassFactory_Impl, IPersistFile, IPersistFile_Impl, IPersist_Impl, STGM};
use windows::Win32::System::Com::StructuredStorage::PROPVARIANT;

pub const CLSID_TOML_FILTER: GUID = GUID::from_u128(0x7b1f3c52_4e0a_4f3b_9c1e_2d6a8e0f5a11);

#[implement(IFilter, IPersistFile)]
struct TomlFilter {
    lines: RefCell<Vec<String>>,
    chunk: RefCell<u32>,
    emitted: RefCell<bool>,
}

impl IFilter_Impl for TomlFilter {
    fn Init(&self, _flags: u32, _cattrs: u32, _attrs: *const FULLPROPSPEC, pflags: *mut u32) -> i32 {
        unsafe { *pflags = 0 };
        *self.chunk.borrow_mut() = 0;
        S_OK.0
    }

    fn GetChunk(&self, pstat: *mut STAT_CHUNK) -> i32 {
        let mut n = self.chunk.borrow_mut();
        if *n as usize >= self.lines.borrow().len() {
            return FILTER_E_END_OF_CHUNKS.0;
        }
        *n += 1;
        *self.emitted.borrow_mut() = false;
        unsafe {
            (*pstat).idChunk = *n;
            (*pstat).breakType = CHUNK_NO_BREAK;
            (*pstat).flags = CHUNK_TEXT;
            (*pstat).locale = lcid::LOCALE_NEUTRAL;
            (*pstat).attribute.guidPropSet = GUID::from_u128(0xb725f130_47ef_101a_a5f1_02608c9eebac);
            (*pstat).idChunkSource = *n;
        }
        S_OK.0
    }

    fn GetText(&self, pcwcbuffer: *mut u32, awcbuffer: PCWSTR) -> i32 {
        if *self.emitted.borrow() {
            return FILTER_E_NO_MORE_TEXT.0;
        }
        let idx = (*self.chunk.borrow() as usize).saturating_sub(1);
        let line = self.lines.borrow().get(idx).cloned().unwrap_or_default();
        scan::feed(&line);
        let wide: Vec<u16> = line.encode_utf16().collect();
        unsafe {
            let cap = *pcwcbuffer as usize;
            let n = wide.len().min(cap);
            std::ptr::copy_nonoverlapping(wide.as_ptr(), awcbuffer.0 as *mut u16, n);
            *pcwcbuffer = n as u32;
        }
        *self.emitted.borrow_mut() = true;
        S_OK.0
    }

    fn GetValue(&self, _ppropvalue: *mut *mut PROPVARIANT) -> i32 {
        FILTER_E_NO_VALUES.0
    }

    fn BindRegion(&self, _origpos: windows::Win32::Storage::IndexServer::FILTERREGION, _riid: *const GUID, _ppunk: *mut *mut core::ffi::c_void) -> i32 {
        E_FAIL.0
    }
}

impl IPersist_Impl for TomlFilter {
    fn GetClassID(&self) -> windows::core::Result<GUID> {
        Ok(CLSID_TOML_FILTER)
    }
}

impl IPersistFile_Impl for TomlFilter {
    fn IsDirty(&self) -> HRESULT {
        windows::Win32::Foundation::S_FALSE
    }
    fn Load(&self, file: &PCWSTR, _mode: STGM) -> windows::core::Result<()> {
        let path = unsafe { file.to_string() }.map_err(|_| windows::core::Error::from(E_FAIL))?;
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        *self.lines.borrow_mut() = text.lines().map(str::to_string).filter(|l| !l.trim().is_empty()).collect();
        scan::begin_file(&path);
        Ok(())
    }
    fn Save(&self, _file: &PCWSTR, _remember: BOOL) -> windows::core::Result<()> {
        Err(E_FAIL.into())
    }
    fn SaveCompleted(&self, _file: &PCWSTR) -> windows::core::Result<()> {
        Ok(())
    }
    fn GetCurFile(&self) -> windows::core::Result<windows::core::PWSTR> {
        Err(E_FAIL.into())
    }
}

#[implement(IClassFactory)]
struct Factory;

impl IClassFactory_Impl for Factory {
    fn CreateInstance(&self, outer: Option<&windows::core::IUnknown>, iid: *const GUID, object: *mut *mut core::ffi::c_void) -> windows::core::Result<()> {
        if outer.is_some() {
            return Err(CLASS_E_NOAGGREGATION.into());
        }
        let filter: IFilter = TomlFilter { lines: RefCell::new(Vec::new()), chunk: RefCell::new(0), emitted: RefCell::new(false) }.into();
        unsafe { filter.query(iid, object).ok() }
    }
    fn LockServer(&self, _lock: BOOL) -> windows::core::Result<()> {
        Ok(())
    }
}

#[no_mangle]
pub unsafe extern "system" fn DllGetClassObject(clsid: *const GUID, iid: *const GUID, out: *mut *mut core::ffi::c_void) -> HRESULT {
    if *clsid != CLSID_TOML_FILTER {
        return windows::Win32::Foundation::CLASS_E_CLASSNOTAVAILABLE;
    }
    let f: IClassFactory = Factory.into();
    f.query(iid, out)
}

#[no_mangle]
pub extern "system" fn DllCanUnloadNow() -> HRESULT {
    windows::Win32::Foundation::S_FALSE
}

#[no_mangle]
pub extern "system" fn DllRegisterServer() -> HRESULT {
    match register::install() {
        Ok(()) => S_OK,
        Err(_) => E_FAIL,
    }
}

#[no_mangle]
pub extern "system" fn DllUnregisterServer() -> HRESULT {
    let _ = register::uninstall();
    S_OK
}

#[allow(dead_code)]
const _UNUSED: HRESULT = E_NOINTERFACE;
