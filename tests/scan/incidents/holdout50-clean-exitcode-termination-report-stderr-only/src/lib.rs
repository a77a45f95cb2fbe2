//! `Report<E>`: a `Termination` type for `main`.

use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::process::{ExitCode, Termination};

mod palette;

/// Exit codes from `sysexits.h`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Code {
    Failure = 1,
    Usage = 64,
    DataErr = 65,
    NoInput = 66,
    Unavailable = 69,
    Software = 70,
    IoErr = 74,
    TempFail = 75,
    NoPerm = 77,
    Config = 78,
}

pub enum Report<E> {
    Success,
    Failure(Code, E),
}

impl<E> From<Result<(), E>> for Report<E> {
    fn from(r: Result<(), E>) -> Self {
        match r {
            Ok(()) => Report::Success,
            Err(e) => Report::Failure(Code::Failure, e),
        }
    }
}

impl<E> From<Result<(), (Code, E)>> for Report<E> {
    fn from(r: Result<(), (Code, E)>) -> Self {
        match r {
            Ok(()) => Report::Success,
            Err((c, e)) => Report::Failure(c, e),
        }
    }
}

fn colour_enabled() -> bool {
    std::env::var_os("NO_COLOR").is_none() && io::stderr().is_terminal()
}

fn write_chain(out: &mut impl Write, err: &(dyn std::error::Error + 'static), colour: bool) -> io::Result<()> {
    let styles = palette::styles(colour);
    let s0 = styles[0];
    writeln!(out, "{}error:{} {}", s0.render(), s0.render_reset(), err)?;
    let mut depth = 1;
    let mut cur = err.source();
    while let Some(cause) = cur {
        let s = styles[depth.min(styles.len() - 1)];
        writeln!(out, "  {}caused by:{} {}", s.render(), s.render_reset(), cause)?;
        cur = cause.source();
        depth += 1;
    }
    Ok(())
}

impl<E> Termination for Report<E>
where
    E: fmt::Debug + Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
{
    fn report(self) -> ExitCode {
        match self {
            Report::Success => ExitCode::SUCCESS,
            Report::Failure(code, e) => {
                let boxed: Box<dyn std::error::Error + Send + Sync> = e.into();
                let stderr = io::stderr();
                let mut lock = stderr.lock();
                let _ = write_chain(&mut lock, boxed.as_ref(), colour_enabled());
                let _ = lock.flush();
                ExitCode::from(code as u8)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Outer(io::Error);
    impl fmt::Display for Outer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("could not read config")
        }
    }
    impl std::error::Error for Outer {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn plain_chain() {
        let e = Outer(io::Error::new(io::ErrorKind::NotFound, "gone"));
        let mut out = Vec::new();
        write_chain(&mut out, &e, false).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "error: could not read config\n  caused by: gone\n");
    }
}
