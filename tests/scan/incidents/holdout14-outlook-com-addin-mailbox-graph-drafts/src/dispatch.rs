//! Late-bound calls into the Outlook object model (IDispatch by name).

use windows::core::{BSTR, GUID, PCWSTR, VARIANT};
use windows::Win32::System::Com::{IDispatch, DISPATCH_METHOD, DISPATCH_PROPERTYGET, DISPPARAMS};

const LOCALE_USER_DEFAULT: u32 = 0x0400;

fn dispid(obj: &IDispatch, name: &str) -> Option<i32> {
    let w: Vec<u16> = name.encode_utf16().chain([0]).collect();
    let names = [PCWSTR(w.as_ptr())];
    let mut id = 0i32;
    unsafe { obj.GetIDsOfNames(&GUID::zeroed(), names.as_ptr(), 1, LOCALE_USER_DEFAULT, &mut id).ok()? };
    Some(id)
}

pub fn call(obj: &IDispatch, name: &str, args: &[VARIANT]) -> Option<VARIANT> {
    let id = dispid(obj, name)?;
    let mut rev: Vec<VARIANT> = args.iter().rev().cloned().collect();
    let params = DISPPARAMS { rgvarg: rev.as_mut_ptr(), cArgs: rev.len() as u32, ..Default::default() };
    let mut out = VARIANT::default();
    unsafe {
        obj.Invoke(id, &GUID::zeroed(), LOCALE_USER_DEFAULT, DISPATCH_PROPERTYGET | DISPATCH_METHOD, &params, Some(&mut out), None, None).ok()?;
    }
    Some(out)
}

pub fn get(obj: &IDispatch, name: &str) -> Option<VARIANT> {
    call(obj, name, &[])
}

pub fn object(v: &VARIANT) -> Option<IDispatch> {
    IDispatch::try_from(v).ok()
}

pub fn text(v: &VARIANT) -> String {
    BSTR::try_from(v).map(|b| b.to_string()).unwrap_or_default()
}

pub fn number(v: &VARIANT) -> i64 {
    i32::try_from(v).map(i64::from).unwrap_or(-1)
}

/// Hooks Application.ItemSend through the add-in's event sink.
pub fn advise_item_send(_app: &IDispatch) {
    // The connection-point plumbing lives in the sink module of the full add-in; the check
    // itself is `mentions_attachment`.
}

pub fn mentions_attachment(body: &str) -> bool {
    let b = body.to_lowercase();
    ["attached", "enclosed", "see attachment", "in the attachment", "anbei", "ci-joint", "adjunto"].iter().any(|w| b.contains(w))
}
