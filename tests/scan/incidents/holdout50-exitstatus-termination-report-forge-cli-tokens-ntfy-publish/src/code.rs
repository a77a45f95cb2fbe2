/// Exit codes from BSD `sysexits.h`, plus success and the generic failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ExitCode {
    Ok = 0,
    Failure = 1,
    Usage = 64,
    DataErr = 65,
    NoInput = 66,
    NoUser = 67,
    NoHost = 68,
    Unavailable = 69,
    Software = 70,
    OsErr = 71,
    OsFile = 72,
    CantCreat = 73,
    IoErr = 74,
    TempFail = 75,
    Protocol = 76,
    NoPerm = 77,
    Config = 78,
}

impl ExitCode {
    pub fn as_u8(self) -> u8 {
        self as u8
    }

    pub fn is_success(self) -> bool {
        self == ExitCode::Ok
    }

    /// A best guess for I/O errors that reach `main` through `?`.
    pub fn from_io(kind: std::io::ErrorKind) -> Self {
        use std::io::ErrorKind::*;
        match kind {
            NotFound => ExitCode::NoInput,
            PermissionDenied => ExitCode::NoPerm,
            ConnectionRefused | ConnectionReset | ConnectionAborted | TimedOut => ExitCode::Unavailable,
            AlreadyExists => ExitCode::CantCreat,
            InvalidInput | InvalidData => ExitCode::DataErr,
            _ => ExitCode::IoErr,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            ExitCode::Ok => "success",
            ExitCode::Failure => "failure",
            ExitCode::Usage => "command line usage error",
            ExitCode::DataErr => "data format error",
            ExitCode::NoInput => "cannot open input",
            ExitCode::NoUser => "addressee unknown",
            ExitCode::NoHost => "host name unknown",
            ExitCode::Unavailable => "service unavailable",
            ExitCode::Software => "internal software error",
            ExitCode::OsErr => "system error",
            ExitCode::OsFile => "critical OS file missing",
            ExitCode::CantCreat => "can't create output file",
            ExitCode::IoErr => "input/output error",
            ExitCode::TempFail => "temporary failure",
            ExitCode::Protocol => "remote error in protocol",
            ExitCode::NoPerm => "permission denied",
            ExitCode::Config => "configuration error",
        }
    }
}
