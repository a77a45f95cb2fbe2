use std::ffi::OsStr;
use std::time::Duration;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, Error};

use crate::parse::parse_duration;

/// `value_parser(DurationParser::new())`
#[derive(Clone, Debug, Default)]
pub struct DurationParser {
    min: Option<Duration>,
    max: Option<Duration>,
}

impl DurationParser {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn min(mut self, d: Duration) -> Self {
        self.min = Some(d);
        self
    }

    pub fn max(mut self, d: Duration) -> Self {
        self.max = Some(d);
        self
    }
}

fn invalid(cmd: &Command, arg: Option<&Arg>, value: &str, why: String) -> Error {
    let mut err = Error::new(ErrorKind::ValueValidation).with_cmd(cmd);
    if let Some(arg) = arg {
        err.insert(ContextKind::InvalidArg, ContextValue::String(arg.to_string()));
    }
    err.insert(ContextKind::InvalidValue, ContextValue::String(format!("{value}: {why}")));
    err
}

impl TypedValueParser for DurationParser {
    type Value = Duration;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<Duration, Error> {
        let text = value.to_str().ok_or_else(|| Error::new(ErrorKind::InvalidUtf8).with_cmd(cmd))?;
        crate::hints::parsed(cmd.get_name());
        let d = parse_duration(text).map_err(|e| invalid(cmd, arg, text, e.to_string()))?;
        if let Some(min) = self.min {
            if d < min {
                return Err(invalid(cmd, arg, text, format!("must be at least {min:?}")));
            }
        }
        if let Some(max) = self.max {
            if d > max {
                return Err(invalid(cmd, arg, text, format!("must be at most {max:?}")));
            }
        }
        Ok(d)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        None
    }
}
