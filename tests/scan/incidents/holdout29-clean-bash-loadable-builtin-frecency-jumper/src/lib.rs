mod store;

use bash_builtins::variables::find_as_string;
use bash_builtins::{builtin_metadata, Args, Builtin, Result};
use std::io::{stdout, Write};

builtin_metadata!(
    name = "jmp",
    create = Jmp::new,
    short_doc = "jmp [-l] [--add|--init] [query ...]",
    long_doc = "
        Jump to a directory you use often.

        Options:
          -l      list the ranked matches
          --add   record $PWD (call it from PROMPT_COMMAND)
          --init  print the lines for ~/.bashrc
    ",
);

struct Jmp {
    store: store::Store,
}

impl Jmp {
    fn new() -> Self {
        Jmp { store: store::Store::open() }
    }
}

fn var(name: &str) -> Option<String> {
    find_as_string(name).and_then(|s| s.into_string().ok())
}

impl Builtin for Jmp {
    fn call(&mut self, args: &mut Args) -> Result<()> {
        let words: Vec<String> = args.string_arguments().filter_map(|a| a.ok().map(str::to_string)).collect();
        let max = var("JMP_MAX_ENTRIES").and_then(|v| v.parse().ok()).unwrap_or(2000);
        match words.first().map(String::as_str) {
            Some("--add") => {
                if let Some(pwd) = var("PWD") {
                    if Some(&pwd) != var("HOME").as_ref() {
                        self.store.bump(&pwd, max);
                    }
                }
                Ok(())
            }
            Some("--init") => {
                writeln!(stdout(), "enable -f /path/to/libjmp_builtin.so jmp")?;
                writeln!(stdout(), "PROMPT_COMMAND=\"jmp --add${{PROMPT_COMMAND:+; $PROMPT_COMMAND}}\"")?;
                Ok(())
            }
            Some("-l") => {
                for (score, dir) in self.store.rank(&words[1..]).into_iter().take(15) {
                    writeln!(stdout(), "{score:>8.1}  {dir}")?;
                }
                Ok(())
            }
            Some(_) => match self.store.rank(&words).into_iter().next() {
                Some((_, dir)) => {
                    let c = std::ffi::CString::new(dir.clone()).unwrap_or_default();
                    if unsafe { libc::chdir(c.as_ptr()) } != 0 {
                        return Err(bash_builtins::Error::ExitCode(1));
                    }
                    let _ = bash_builtins::variables::set("PWD", &dir);
                    Ok(())
                }
                None => Err(bash_builtins::Error::ExitCode(1)),
            },
            None => {
                writeln!(stdout(), "usage: jmp [-l] [--add|--init] [query ...]")?;
                Ok(())
            }
        }
    }
}
