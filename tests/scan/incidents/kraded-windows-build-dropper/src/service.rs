use widestring::U16CString;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceStartType {
    AutoStart,
    OnDemand,
    Disabled,
}

#[derive(Debug, Clone)]
pub struct ServiceInfo {
    pub name: String,
    pub display_name: String,
    pub start_type: ServiceStartType,
}

impl ServiceInfo {
    pub fn wide_name(&self) -> Option<U16CString> {
        U16CString::from_str(&self.name).ok()
    }
}
