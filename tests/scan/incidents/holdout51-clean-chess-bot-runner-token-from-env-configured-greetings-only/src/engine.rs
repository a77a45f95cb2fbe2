//! Minimal UCI driver.

use std::io::{self, BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

pub struct Uci {
    _child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Uci {
    pub fn spawn(path: &str) -> io::Result<Uci> {
        let mut child = Command::new(path).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut e = Uci { _child: child, stdin, stdout };
        e.send("uci")?;
        e.wait_for("uciok")?;
        e.send("setoption name UCI_Chess960 value true")?;
        e.send("isready")?;
        e.wait_for("readyok")?;
        Ok(e)
    }

    fn send(&mut self, line: &str) -> io::Result<()> {
        writeln!(self.stdin, "{line}")?;
        self.stdin.flush()
    }

    fn wait_for(&mut self, word: &str) -> io::Result<String> {
        let mut line = String::new();
        loop {
            line.clear();
            if self.stdout.read_line(&mut line)? == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            if line.starts_with(word) {
                return Ok(line.trim().to_string());
            }
        }
    }

    pub fn best_move(&mut self, fen: &str, moves: &[String], wtime: u64, btime: u64) -> io::Result<Option<String>> {
        self.send(&format!("position fen {fen} moves {}", moves.join(" ")))?;
        self.send(&format!("go wtime {wtime} btime {btime}"))?;
        let line = self.wait_for("bestmove")?;
        Ok(line.split_whitespace().nth(1).filter(|m| *m != "(none)").map(str::to_string))
    }
}
