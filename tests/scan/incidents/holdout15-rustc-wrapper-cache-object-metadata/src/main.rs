//! rustc wrapper: `rcache <path-to-rustc> <args...>`.

mod key;
mod planes;
mod store;

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(rustc) = args.next() else { return ExitCode::from(2) };
    let rest: Vec<_> = args.collect();
    let k = key::compute(&rustc, &rest);
    if let Some(k) = &k {
        if store::restore(k) {
            return ExitCode::SUCCESS;
        }
    }
    let status = Command::new(&rustc).args(&rest).status();
    let ok = status.map(|s| s.success()).unwrap_or(false);
    if ok {
        if let Some(k) = &k {
            store::save(k, &rest);
        }
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
