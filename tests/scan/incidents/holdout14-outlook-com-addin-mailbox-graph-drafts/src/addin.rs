//! The add-in object Outlook creates at start-up (IDTExtensibility2) and its class factory.

use std::cell::RefCell;

use windows::core::{implement, interface, IUnknown, Interface, GUID, HRESULT};
use windows::Win32::Foundation::{BOOL, CLASS_E_NOAGGREGATION, S_OK};
use windows::Win32::System::Com::{IClassFactory, IClassFactory_Impl, IDispatch, IDispatch_Impl, SAFEARRAY};

#[interface("B65AD801-ABAF-11D0-BB8B-00A0C90F2744")]
pub unsafe trait IDTExtensibility2: IDispatch {
    fn OnConnection(&self, application: *mut std::ffi::c_void, mode: i32, addin: *mut std::ffi::c_void, custom: *mut *mut SAFEARRAY) -> HRESULT;
    fn OnDisconnection(&self, mode: i32, custom: *mut *mut SAFEARRAY) -> HRESULT;
    fn OnAddInsUpdate(&self, custom: *mut *mut SAFEARRAY) -> HRESULT;
    fn OnStartupComplete(&self, custom: *mut *mut SAFEARRAY) -> HRESULT;
    fn OnBeginShutdown(&self, custom: *mut *mut SAFEARRAY) -> HRESULT;
}

#[implement(IDTExtensibility2, IDispatch)]
pub struct Connect {
    app: RefCell<Option<IDispatch>>,
}

impl IDispatch_Impl for Connect_Impl {
    fn GetTypeInfoCount(&self) -> windows::core::Result<u32> {
        Ok(0)
    }
    fn GetTypeInfo(&self, _: u32, _: u32) -> windows::core::Result<windows::Win32::System::Com::ITypeInfo> {
        Err(windows::Win32::Foundation::E_NOTIMPL.into())
    }
    fn GetIDsOfNames(&self, _: *const GUID, _: *const windows::core::PCWSTR, _: u32, _: u32, _: *mut i32) -> windows::core::Result<()> {
        Err(windows::Win32::Foundation::E_NOTIMPL.into())
    }
    fn Invoke(&self, _: i32, _: *const GUID, _: u32, _: windows::Win32::System::Com::DISPATCH_FLAGS, _: *const windows::Win32::System::Com::DISPPARAMS, _: *mut windows::core::VARIANT, _: *mut windows::Win32::System::Com::EXCEPINFO, _: *mut u32) -> windows::core::Result<()> {
        Ok(())
    }
}

impl IDTExtensibility2_Impl for Connect_Impl {
    unsafe fn OnConnection(&self, application: *mut std::ffi::c_void, _mode: i32, _addin: *mut std::ffi::c_void, _custom: *mut *mut SAFEARRAY) -> HRESULT {
        if let Some(unk) = IUnknown::from_raw_borrowed(&application) {
            if let Ok(app) = unk.cast::<IDispatch>() {
                crate::dispatch::advise_item_send(&app);
                *self.app.borrow_mut() = Some(app);
            }
        }
        S_OK
    }
    unsafe fn OnDisconnection(&self, _mode: i32, _custom: *mut *mut SAFEARRAY) -> HRESULT {
        self.app.borrow_mut().take();
        S_OK
    }
    unsafe fn OnAddInsUpdate(&self, _custom: *mut *mut SAFEARRAY) -> HRESULT {
        S_OK
    }
    unsafe fn OnStartupComplete(&self, _custom: *mut *mut SAFEARRAY) -> HRESULT {
        if let Some(app) = self.app.borrow().as_ref() {
            crate::digest::weekly(app);
        }
        S_OK
    }
    unsafe fn OnBeginShutdown(&self, _custom: *mut *mut SAFEARRAY) -> HRESULT {
        S_OK
    }
}

#[implement(IClassFactory)]
pub struct Factory;

impl IClassFactory_Impl for Factory_Impl {
    fn CreateInstance(&self, outer: Option<&IUnknown>, iid: *const GUID, out: *mut *mut std::ffi::c_void) -> windows::core::Result<()> {
        if outer.is_some() {
            return Err(CLASS_E_NOAGGREGATION.into());
        }
        let obj: IDTExtensibility2 = Connect { app: RefCell::new(None) }.into();
        unsafe { obj.query(iid, out).ok() }
    }
    fn LockServer(&self, _lock: BOOL) -> windows::core::Result<()> {
        Ok(())
    }
}
