use std::fmt;
use std::process::Command;

/// A password as configured: inline, or a command whose first output line is the password
/// (msmtp `passwordeval`, mbsync `PassCmd`).
#[derive(Clone, Default)]
pub enum Secret {
    #[default]
    None,
    Plain(String),
    Command(String),
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Secret::None => f.write_str("None"),
            Secret::Plain(_) => f.write_str("Plain(***)"),
            Secret::Command(c) => write!(f, "Command({c:?})"),
        }
    }
}

impl Secret {
    pub fn reveal(&self) -> std::io::Result<Option<String>> {
        match self {
            Secret::None => Ok(None),
            Secret::Plain(p) => Ok(Some(p.clone())),
            Secret::Command(c) => {
                let out = Command::new("sh").arg("-c").arg(c).output()?;
                Ok(String::from_utf8_lossy(&out.stdout).lines().next().map(str::to_owned))
            }
        }
    }
}
