use std::process::ExitCode;

pub fn exit_code(failed: bool) -> ExitCode {
    if failed { ExitCode::from(2) } else { ExitCode::SUCCESS }
}
