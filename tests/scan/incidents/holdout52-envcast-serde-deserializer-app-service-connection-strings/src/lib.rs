//! Environment variables to serde structs.

mod de;
mod hints;
mod spelling;

use std::fmt;

use serde::de::DeserializeOwned;

#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    Missing { var: String, hint: Option<String> },
    Invalid { var: String, value: String, expected: &'static str },
    Custom(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Missing { var, hint: Some(h) } => write!(f, "missing {var} (did you mean {h}?)"),
            Error::Missing { var, hint: None } => write!(f, "missing {var}"),
            Error::Invalid { var, value, expected } => write!(f, "{var}={value:?} is not {expected}"),
            Error::Custom(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::Custom(msg.to_string())
    }

    fn missing_field(field: &'static str) -> Self {
        Error::Missing { var: field.to_ascii_uppercase(), hint: None }
    }
}

/// Variables with a common prefix.
#[derive(Debug, Clone, Default)]
pub struct Prefixed(String);

pub fn prefixed(prefix: impl Into<String>) -> Prefixed {
    Prefixed(prefix.into())
}

impl Prefixed {
    pub fn from_env<T: DeserializeOwned>(&self) -> Result<T, Error> {
        self.from_iter(std::env::vars())
    }

    pub fn from_iter<T: DeserializeOwned, I: IntoIterator<Item = (String, String)>>(&self, vars: I) -> Result<T, Error> {
        T::deserialize(de::EnvDeserializer::new(&self.0, vars.into_iter().collect()))
    }
}

/// Deserialize `T` from the whole process environment.
pub fn from_env<T: DeserializeOwned>() -> Result<T, Error> {
    Prefixed::default().from_env()
}
