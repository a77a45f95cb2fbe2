use std::fmt;
use std::io::{self, Write};
use std::process::Termination;

use crate::code::ExitCode;
use crate::style::Theme;

/// Return type for `main`.
pub enum Exit<E> {
    Ok,
    Err(ExitCode, E),
}

impl<E> Exit<E> {
    pub fn with(code: ExitCode, err: E) -> Self {
        Exit::Err(code, err)
    }

    pub fn code(&self) -> ExitCode {
        match self {
            Exit::Ok => ExitCode::Ok,
            Exit::Err(c, _) => *c,
        }
    }
}

impl<E> From<Result<(), E>> for Exit<E> {
    fn from(r: Result<(), E>) -> Self {
        match r {
            Ok(()) => Exit::Ok,
            Err(e) => Exit::Err(ExitCode::Failure, e),
        }
    }
}

impl<E> From<Result<(), (ExitCode, E)>> for Exit<E> {
    fn from(r: Result<(), (ExitCode, E)>) -> Self {
        match r {
            Ok(()) => Exit::Ok,
            Err((c, e)) => Exit::Err(c, e),
        }
    }
}

fn write_chain(out: &mut impl Write, theme: &Theme, err: &(dyn std::error::Error + 'static)) -> io::Result<()> {
    writeln!(out, "{}error:{} {}", theme.level(0).render(), theme.level(0).render_reset(), err)?;
    let mut source = err.source();
    let mut depth = 1;
    while let Some(cause) = source {
        let st = theme.level(depth);
        writeln!(out, "  {}caused by:{} {}", st.render(), st.render_reset(), cause)?;
        source = cause.source();
        depth += 1;
    }
    Ok(())
}

impl<E> Termination for Exit<E>
where
    E: fmt::Debug + Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
{
    fn report(self) -> std::process::ExitCode {
        let code = self.code();
        if let Exit::Err(_, e) = self {
            let boxed: Box<dyn std::error::Error + Send + Sync> = e.into();
            let theme = Theme::detect();
            let stderr = io::stderr();
            let mut lock = stderr.lock();
            let _ = write_chain(&mut lock, &theme, boxed.as_ref());
            let _ = lock.flush();
        }
        crate::session::close(code);
        std::process::ExitCode::from(code.as_u8())
    }
}
