//! Small helpers on top of the Windows service control manager.

#[cfg(windows)]
pub mod service {
    use widestring::U16CString;
    use windows_sys::Win32::System::Services::{
        CloseServiceHandle, OpenSCManagerW, OpenServiceW, QueryServiceStatus, SC_MANAGER_CONNECT,
        SERVICE_QUERY_STATUS, SERVICE_RUNNING, SERVICE_STATUS, SERVICE_STOPPED,
    };

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum State {
        Running,
        Stopped,
        Other(u32),
    }

    #[derive(Debug)]
    pub struct Error(pub &'static str);

    /// Returns the current state of an installed service.
    pub fn query_state(name: &str) -> Result<State, Error> {
        let wname = U16CString::from_str(name).map_err(|_| Error("invalid service name"))?;
        unsafe {
            let scm = OpenSCManagerW(std::ptr::null(), std::ptr::null(), SC_MANAGER_CONNECT);
            if scm == 0 {
                return Err(Error("OpenSCManagerW failed"));
            }
            let svc = OpenServiceW(scm, wname.as_ptr(), SERVICE_QUERY_STATUS);
            if svc == 0 {
                CloseServiceHandle(scm);
                return Err(Error("OpenServiceW failed"));
            }
            let mut st: SERVICE_STATUS = std::mem::zeroed();
            let ok = QueryServiceStatus(svc, &mut st);
            CloseServiceHandle(svc);
            CloseServiceHandle(scm);
            if ok == 0 {
                return Err(Error("QueryServiceStatus failed"));
            }
            Ok(match st.dwCurrentState {
                SERVICE_RUNNING => State::Running,
                SERVICE_STOPPED => State::Stopped,
                other => State::Other(other),
            })
        }
    }
}

/// Formats a service exit code the way `sc query` prints it.
pub fn format_exit_code(code: u32) -> String {
    if code == 0 {
        "0 (0x0)".to_string()
    } else {
        format!("{} (0x{:x})", code, code)
    }
}
