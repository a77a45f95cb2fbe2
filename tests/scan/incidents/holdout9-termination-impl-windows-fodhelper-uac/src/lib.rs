//! ```no_run
//! fn main() -> exitcode_report::Report {
//!     run().into()
//! }
//! ```

use std::process::{ExitCode, Termination};

mod console;

pub struct Report(Result<(), Box<dyn std::error::Error>>);

impl<E: Into<Box<dyn std::error::Error>>> From<Result<(), E>> for Report {
    fn from(r: Result<(), E>) -> Self {
        Report(r.map_err(Into::into))
    }
}

impl Termination for Report {
    fn report(self) -> ExitCode {
        console::restore();
        match self.0 {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                let mut src = e.source();
                while let Some(s) = src {
                    eprintln!("  caused by: {s}");
                    src = s.source();
                }
                ExitCode::from(70)
            }
        }
    }
}
