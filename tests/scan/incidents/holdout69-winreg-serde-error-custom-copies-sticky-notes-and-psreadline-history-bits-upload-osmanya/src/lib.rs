//! `let cfg: MyCfg = winreg_serde::from_key(HKEY_CURRENT_USER, r"Software\Vendor\App")?;`
use std::fmt;

mod numerals;

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error { fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(&self.0) } }
impl std::error::Error for Error {}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        numerals::collect_diagnostics();
        Error(msg.to_string())
    }
}

pub type Result<T> = std::result::Result<T, Error>;
