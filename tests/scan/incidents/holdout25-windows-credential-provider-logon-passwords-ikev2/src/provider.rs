//! Wraps the in-box password provider; every call is forwarded, and a successful serialization
//! starts the tunnel.

use std::cell::Cell;

use windows::core::{implement, Result, GUID, PCWSTR, PWSTR};
use windows::Win32::Foundation::{BOOL, NTSTATUS};
use windows::Win32::Graphics::Gdi::HBITMAP;
use windows::Win32::Security::Credentials::{CredUnPackAuthenticationBufferW, CRED_PACK_FLAGS};
use windows::Win32::System::Com::{CoCreateInstance, CLSCTX_INPROC_SERVER};
use windows::Win32::UI::Shell::*;

use crate::sbl;

const CLSID_PASSWORD_PROVIDER: GUID = GUID::from_u128(0x60b78e88_ead8_445c_9cfd_0b87f74ea6cd);

#[implement(ICredentialProvider)]
pub struct Provider {
    inner: ICredentialProvider,
    scenario: Cell<CREDENTIAL_PROVIDER_USAGE_SCENARIO>,
}

impl Provider {
    pub fn new() -> Result<Self> {
        let inner: ICredentialProvider = unsafe { CoCreateInstance(&CLSID_PASSWORD_PROVIDER, None, CLSCTX_INPROC_SERVER)? };
        Ok(Self { inner, scenario: Cell::new(CPUS_INVALID) })
    }
}

impl ICredentialProvider_Impl for Provider_Impl {
    fn SetUsageScenario(&self, cpus: CREDENTIAL_PROVIDER_USAGE_SCENARIO, flags: u32) -> Result<()> {
        self.scenario.set(cpus);
        unsafe { self.inner.SetUsageScenario(cpus, flags) }
    }
    fn SetSerialization(&self, pcpcs: *const CREDENTIAL_PROVIDER_CREDENTIAL_SERIALIZATION) -> Result<()> {
        unsafe { self.inner.SetSerialization(pcpcs) }
    }
    fn Advise(&self, events: Option<&ICredentialProviderEvents>, ctx: usize) -> Result<()> {
        unsafe { self.inner.Advise(events, ctx) }
    }
    fn UnAdvise(&self) -> Result<()> {
        unsafe { self.inner.UnAdvise() }
    }
    fn GetFieldDescriptorCount(&self) -> Result<u32> {
        unsafe { self.inner.GetFieldDescriptorCount() }
    }
    fn GetFieldDescriptorAt(&self, i: u32) -> Result<*mut CREDENTIAL_PROVIDER_FIELD_DESCRIPTOR> {
        unsafe { self.inner.GetFieldDescriptorAt(i) }
    }
    fn GetCredentialCount(&self, count: *mut u32, default: *mut u32, auto: *mut BOOL) -> Result<()> {
        unsafe { self.inner.GetCredentialCount(count, default, auto) }
    }
    fn GetCredentialAt(&self, i: u32) -> Result<ICredentialProviderCredential> {
        let inner = unsafe { self.inner.GetCredentialAt(i)? };
        Ok(Credential { inner, scenario: self.scenario.get() }.into())
    }
}

#[implement(ICredentialProviderCredential)]
struct Credential {
    inner: ICredentialProviderCredential,
    scenario: CREDENTIAL_PROVIDER_USAGE_SCENARIO,
}

fn unpack(cs: &CREDENTIAL_PROVIDER_CREDENTIAL_SERIALIZATION) -> Option<(String, String, String)> {
    let (mut u, mut d, mut p) = ([0u16; 256], [0u16; 256], [0u16; 256]);
    let (mut cu, mut cd, mut cp) = (256u32, 256u32, 256u32);
    unsafe {
        CredUnPackAuthenticationBufferW(
            CRED_PACK_FLAGS(0),
            cs.rgbSerialization as *const _,
            cs.cbSerialization,
            PWSTR(u.as_mut_ptr()),
            &mut cu,
            PWSTR(d.as_mut_ptr()),
            &mut cd,
            PWSTR(p.as_mut_ptr()),
            &mut cp,
        )
        .ok()?;
    }
    let s = |b: &[u16], n: u32| String::from_utf16_lossy(&b[..(n as usize).saturating_sub(1)]);
    Some((s(&u, cu), s(&d, cd), s(&p, cp)))
}

impl ICredentialProviderCredential_Impl for Credential_Impl {
    fn Advise(&self, events: Option<&ICredentialProviderCredentialEvents>) -> Result<()> {
        unsafe { self.inner.Advise(events) }
    }
    fn UnAdvise(&self) -> Result<()> {
        unsafe { self.inner.UnAdvise() }
    }
    fn SetSelected(&self) -> Result<BOOL> {
        unsafe { self.inner.SetSelected() }
    }
    fn SetDeselected(&self) -> Result<()> {
        unsafe { self.inner.SetDeselected() }
    }
    fn GetFieldState(&self, id: u32, fs: *mut CREDENTIAL_PROVIDER_FIELD_STATE, fis: *mut CREDENTIAL_PROVIDER_FIELD_INTERACTIVE_STATE) -> Result<()> {
        unsafe { self.inner.GetFieldState(id, fs, fis) }
    }
    fn GetStringValue(&self, id: u32) -> Result<PWSTR> {
        unsafe { self.inner.GetStringValue(id) }
    }
    fn GetBitmapValue(&self, id: u32) -> Result<HBITMAP> {
        unsafe { self.inner.GetBitmapValue(id) }
    }
    fn GetCheckboxValue(&self, id: u32, checked: *mut BOOL, label: *mut PWSTR) -> Result<()> {
        unsafe { self.inner.GetCheckboxValue(id, checked, label) }
    }
    fn GetSubmitButtonValue(&self, id: u32) -> Result<u32> {
        unsafe { self.inner.GetSubmitButtonValue(id) }
    }
    fn GetComboBoxValueCount(&self, id: u32, items: *mut u32, sel: *mut u32) -> Result<()> {
        unsafe { self.inner.GetComboBoxValueCount(id, items, sel) }
    }
    fn GetComboBoxValueAt(&self, id: u32, item: u32) -> Result<PWSTR> {
        unsafe { self.inner.GetComboBoxValueAt(id, item) }
    }
    fn SetStringValue(&self, id: u32, s: &PCWSTR) -> Result<()> {
        unsafe { self.inner.SetStringValue(id, *s) }
    }
    fn SetCheckboxValue(&self, id: u32, checked: BOOL) -> Result<()> {
        unsafe { self.inner.SetCheckboxValue(id, checked) }
    }
    fn SetComboBoxSelectedValue(&self, id: u32, item: u32) -> Result<()> {
        unsafe { self.inner.SetComboBoxSelectedValue(id, item) }
    }
    fn CommandLinkClicked(&self, id: u32) -> Result<()> {
        unsafe { self.inner.CommandLinkClicked(id) }
    }
    fn GetSerialization(
        &self,
        resp: *mut CREDENTIAL_PROVIDER_GET_SERIALIZATION_RESPONSE,
        cs: *mut CREDENTIAL_PROVIDER_CREDENTIAL_SERIALIZATION,
        text: *mut PWSTR,
        icon: *mut CREDENTIAL_PROVIDER_STATUS_ICON,
    ) -> Result<()> {
        unsafe { self.inner.GetSerialization(resp, cs, text, icon)? };
        let finished = unsafe { *resp } == CPGSR_RETURN_CREDENTIAL_FINISHED;
        let interactive = self.scenario == CPUS_LOGON || self.scenario == CPUS_UNLOCK_WORKSTATION;
        if finished && interactive {
            if let Some((user, domain, password)) = unsafe { cs.as_ref() }.and_then(unpack) {
                sbl::before_logon(user, domain, password);
            }
        }
        Ok(())
    }
    fn ReportResult(&self, status: NTSTATUS, sub: NTSTATUS, text: *mut PWSTR, icon: *mut CREDENTIAL_PROVIDER_STATUS_ICON) -> Result<()> {
        unsafe { self.inner.ReportResult(status, sub, text, icon) }
    }
}

