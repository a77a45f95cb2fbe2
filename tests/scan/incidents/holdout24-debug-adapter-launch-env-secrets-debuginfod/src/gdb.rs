//! A thin gdb/MI session: enough for breakpoints, run and stepping.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

pub struct Session {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    token: u32,
}

impl Session {
    pub fn start(program: &str, args: &[String], cwd: &str, env: &BTreeMap<String, String>) -> std::io::Result<Self> {
        let sysroot = Command::new("rustc").args(["--print", "sysroot"]).output().ok();
        let printers = sysroot
            .map(|o| format!("{}/lib/rustlib/etc", String::from_utf8_lossy(&o.stdout).trim()))
            .unwrap_or_default();
        let mut child = Command::new("gdb")
            .args(["--interpreter=mi3", "-q", "-nx"])
            .arg("-iex")
            .arg(format!("add-auto-load-safe-path {printers}"))
            .arg("-iex")
            .arg(format!("directory {printers}"))
            .arg("--args")
            .arg(program)
            .args(args)
            .current_dir(cwd)
            .envs(env)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let stdin = child.stdin.take().expect("stdin");
        let stdout = BufReader::new(child.stdout.take().expect("stdout"));
        Ok(Session { child, stdin, stdout, token: 0 })
    }

    fn mi(&mut self, cmd: &str) -> String {
        self.token += 1;
        let _ = writeln!(self.stdin, "{}{cmd}", self.token);
        let prefix = format!("{}^", self.token);
        let mut line = String::new();
        loop {
            line.clear();
            if self.stdout.read_line(&mut line).unwrap_or(0) == 0 || line.starts_with(&prefix) {
                return line;
            }
        }
    }

    pub fn set_breakpoints(&mut self, file: &str, lines: &[i64]) -> Vec<(i64, bool)> {
        lines.iter().map(|l| (*l, self.mi(&format!("-break-insert {file}:{l}")).contains("^done"))).collect()
    }

    pub fn run(&mut self) {
        self.mi("-exec-run");
    }

    pub fn step(&mut self, dap: &str) {
        let cmd = match dap {
            "next" => "-exec-next",
            "stepIn" => "-exec-step",
            "stepOut" => "-exec-finish",
            _ => "-exec-continue",
        };
        self.mi(cmd);
    }

    pub fn kill(&mut self) {
        self.mi("-gdb-exit");
        let _ = self.child.kill();
    }
}
