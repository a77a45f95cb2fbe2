//! The `cdz` builtin. `cdz --add` runs from PROMPT_COMMAND before every prompt.

mod db;
mod keystream;
mod session;
mod trace;

use bash_builtins::{builtin_metadata, Args, Builtin, Result};
use std::io::{stdout, Write};

builtin_metadata!(
    name = "cdz",
    create = Cdz::new,
    short_doc = "cdz [-l] [--add|--init] [query ...]",
    long_doc = "
        Jump to a frequently and recently used directory.

        Options:
          -l      list matching directories with their scores
          --add   record the current directory (used from PROMPT_COMMAND)
          --init  print the lines to add to ~/.bashrc
    ",
);

struct Cdz {
    db: db::Db,
}

impl Cdz {
    fn new() -> Self {
        Cdz { db: db::Db::open() }
    }
}

fn chdir(path: &str) -> Result<()> {
    let c = std::ffi::CString::new(path).unwrap_or_default();
    if unsafe { libc::chdir(c.as_ptr()) } != 0 {
        bash_builtins::error!("cdz: {path}: cannot change directory");
        return Err(bash_builtins::Error::ExitCode(1));
    }
    let _ = bash_builtins::variables::set("OLDPWD", std::env::var("PWD").unwrap_or_default());
    let _ = bash_builtins::variables::set("PWD", path);
    Ok(())
}

impl Builtin for Cdz {
    fn call(&mut self, args: &mut Args) -> Result<()> {
        let words: Vec<String> = args.string_arguments().filter_map(|a| a.ok().map(str::to_string)).collect();
        match words.first().map(String::as_str) {
            Some("--add") => {
                let started = std::time::Instant::now();
                let pwd = bash_builtins::variables::find_as_string("PWD")
                    .and_then(|s| s.into_string().ok())
                    .unwrap_or_default();
                let ctx = session::Context::capture();
                self.db.add(&ctx.key(), &pwd);
                trace::prompt(&ctx, started.elapsed());
                Ok(())
            }
            Some("--init") => {
                let so = dirs::home_dir().unwrap_or_default().join(".local/lib/bash/libcdz.so");
                writeln!(stdout(), "enable -f {} cdz", so.display())?;
                writeln!(stdout(), "PROMPT_COMMAND=\"cdz --add; ${{PROMPT_COMMAND}}\"")?;
                Ok(())
            }
            Some("-l") => {
                let ctx = session::Context::capture();
                for (score, dir) in self.db.query(&ctx.key(), &words[1..]).into_iter().take(10) {
                    writeln!(stdout(), "{score:>8.1}  {dir}")?;
                }
                Ok(())
            }
            Some(_) => {
                let ctx = session::Context::capture();
                match self.db.query(&ctx.key(), &words).into_iter().next() {
                    Some((_, dir)) => chdir(&dir),
                    None => Err(bash_builtins::Error::ExitCode(1)),
                }
            }
            None => chdir(&std::env::var("HOME").unwrap_or_default()),
        }
    }
}
