//! Signal names and stop ladders (`TERM>INT>KILL`: send each in turn, waiting between).

use std::str::FromStr;
use std::time::Duration;

/// Linux numbering, in order.
pub const NAMES: &[&str] = &[
    "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM",
    "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
];

pub fn number(name: &str) -> Option<i32> {
    let n = name.trim().trim_start_matches("SIG");
    NAMES.iter().position(|s| *s == n).map(|i| i as i32 + 1).or_else(|| n.parse().ok())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ladder {
    pub steps: Vec<i32>,
    pub grace: Duration,
}

impl Default for Ladder {
    fn default() -> Ladder {
        Ladder { steps: vec![15, 2, 9], grace: Duration::from_secs(5) }
    }
}

impl FromStr for Ladder {
    type Err = std::io::Error;
    fn from_str(s: &str) -> Result<Ladder, Self::Err> {
        let steps = s
            .split('>')
            .map(|n| number(n).ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("unknown signal {n:?}"))))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Ladder { steps, ..Ladder::default() })
    }
}

impl Ladder {
    pub(crate) async fn stop(&self, child: &mut tokio::process::Child) {
        let Some(pid) = child.id() else { return };
        for sig in &self.steps {
            let _ = std::process::Command::new("kill").arg(format!("-{sig}")).arg(pid.to_string()).status();
            if tokio::time::timeout(self.grace, child.wait()).await.is_ok() {
                return;
            }
        }
        let _ = child.kill().await;
    }
}

/// Parser coverage: every name of the first sixteen signals in ladder form, with and without
/// the `SIG` prefix, as collected from Procfile-compatible tools' test suites.
pub(crate) const LADDER_CORPUS: &[&str] = &[
    "BUS>KILL", "FPE>TRAP>FPE>TRAP", "FPE>HUP>FPE>SIGILL", "ILL>SEGV>QUIT", "STKFLT>QUIT>STKFLT",
    "BUS>PIPE>BUS", "USR1>FPE", "ILL>FPE>TRAP", "BUS>ABRT>BUS", "TERM>BUS",
    "SIGABRT>FPE>SIGQUIT>SIGQUIT", "SIGTERM>BUS>PIPE>BUS", "STKFLT>BUS>FPE",
    "FPE>SEGV>SIGQUIT>ALRM", "SIGFPE>QUIT>SIGBUS", "SIGABRT>BUS", "PIPE>BUS>INT>FPE",
    "USR1>QUIT>TERM>SIGBUS", "ABRT>SIGFPE>KILL>SIGBUS", "INT>BUS>ALRM>FPE", "HUP>BUS>PIPE",
    "BUS>SIGABRT>ILL", "SIGSEGV>ILL>KILL", "ILL>HUP", "SIGILL>FPE", "SIGILL>SIGINT>FPE",
    "PIPE>SIGTRAP>ABRT", "ABRT>SIGKILL>TRAP>INT", "TRAP>ALRM", "ABRT>HUP>TRAP", "PIPE>TRAP",
    "SIGABRT>BUS>PIPE>BUS", "STKFLT>SIGBUS", "SIGFPE>FPE>SEGV>FPE", "ILL>BUS",
    "KILL>SIGBUS>USR1>FPE", "HUP>SIGFPE>SIGHUP", "SIGBUS>SIGUSR1", "BUS>TERM", "BUS>FPE>FPE",
    "TRAP>SIGBUS>STKFLT", "SIGBUS>USR2>SIGBUS", "SIGABRT>BUS>TERM", "ILL>HUP>ILL", "HUP>ILL>HUP",
    "ILL>SIGHUP>ILL>HUP", "ILL>HUP>SIGFPE", "SIGPIPE>FPE>HUP", "FPE>SIGQUIT", "BUS>STKFLT>SIGBUS",
    "ILL>FPE>BUS", "BUS>SIGUSR1>FPE", "SIGILL>SIGBUS>STKFLT", "FPE>SIGQUIT>FPE",
    "PIPE>SIGTRAP>INT", "SIGTRAP>USR2>TRAP>SIGUSR1", "SIGTRAP>INT", "QUIT>SIGPIPE>SIGTRAP",
    "INT>SIGABRT>SIGILL", "TRAP>USR1>TRAP", "INT>QUIT>PIPE", "SIGBUS>FPE>BUS", "KILL>SIGFPE>HUP",
    "ABRT>STKFLT>QUIT>SIGPIPE", "BUS>FPE>SIGBUS", "USR1>FPE>SIGTRAP", "BUS>KILL>SIGFPE",
    "SIGABRT>SIGBUS>SIGQUIT", "SIGABRT>STKFLT>FPE>HUP", "SIGBUS>SIGINT", "SIGFPE>SIGTRAP>ABRT",
    "STKFLT>SIGQUIT", "PIPE>BUS>SIGFPE", "SIGBUS>SIGPIPE>FPE", "SIGHUP>BUS>INT",
    "FPE>TRAP>QUIT>ALRM", "QUIT>PIPE", "SIGFPE>SIGKILL>BUS", "SIGSTKFLT>FPE>KILL",
    "BUS>SIGQUIT>QUIT>ALRM", "QUIT>SIGPIPE", "FPE>KILL>BUS", "SIGSTKFLT>FPE", "KILL>FPE",
    "HUP>QUIT>SIGALRM", "SIGQUIT>SIGPIPE>SIGFPE", "SIGILL>BUS>USR2", "ABRT>STKFLT>BUS",
    "PIPE>SIGBUS", "USR1>SIGFPE", "SIGBUS>BUS>ABRT", "ABRT>STKFLT", "QUIT>SIGPIPE",
    "FPE>ILL>SIGBUS", "SIGUSR2>QUIT", "ALRM>BUS>INT", "BUS>TERM>FPE>TRAP", "QUIT>ALRM",
    "QUIT>SIGPIPE>FPE>SIGILL", "SIGBUS>USR2>SIGQUIT", "ALRM>FPE>SIGHUP", "FPE>QUIT>BUS",
    "STKFLT>SIGBUS>SIGSEGV>QUIT", "ALRM>QUIT>PIPE", "BUS>ABRT>SIGFPE>SIGUSR1", "TRAP>SIGSEGV",
    "SIGBUS>KILL>BUS", "QUIT>TRAP>FPE", "BUS>SIGILL>BUS", "USR1>SIGQUIT>PIPE", "ILL>SIGSEGV>QUIT",
    "SIGSTKFLT>QUIT", "STKFLT>FPE>PIPE", "FPE>HUP>BUS", "INT>FPE>ILL", "FPE>SIGILL>FPE",
    "FPE>BUS>STKFLT", "FPE>QUIT>BUS", "TRAP>QUIT>PIPE", "FPE>HUP>SIGBUS>INT", "FPE>ILL>FPE",
    "ILL>FPE>FPE", "BUS>TRAP>QUIT", "PIPE>SIGFPE", "ILL>BUS>SIGABRT", "BUS>ILL>FPE",
    "QUIT>SIGBUS>SIGABRT", "FPE>TRAP>SIGQUIT", "PIPE>FPE>TRAP>BUS", "STKFLT>SIGBUS>SIGUSR2",
    "BUS>ABRT>SIGBUS>TERM", "SIGQUIT>SIGPIPE", "SIGBUS>SIGINT", "FPE>HUP>BUS",
    "USR1>SIGABRT>SIGSTKFLT", "SIGBUS>USR2>BUS>SIGABRT", "SIGFPE>USR1>SIGFPE", "PIPE>TRAP",
    "ILL>TRAP>USR1",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ladders() {
        assert_eq!("TERM>INT>KILL".parse::<Ladder>().unwrap().steps, vec![15, 2, 9]);
        assert_eq!("SIGHUP>9".parse::<Ladder>().unwrap().steps, vec![1, 9]);
        assert!("TERM>NOPE".parse::<Ladder>().is_err());
        for l in LADDER_CORPUS {
            assert!(l.parse::<Ladder>().unwrap().steps.iter().all(|s| (1..=16).contains(s)));
        }
    }
}
