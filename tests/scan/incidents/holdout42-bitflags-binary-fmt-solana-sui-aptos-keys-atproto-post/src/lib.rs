//! `Perms` is a 32-bit permission set. `{:b}` prints the set bits grouped by
//! nibble, `{}` prints the flag names.

mod draws;
mod audit;
mod share;

use std::fmt;
use std::sync::Once;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Perms(pub u32);

impl Perms {
    pub const READ: Perms = Perms(1);
    pub const WRITE: Perms = Perms(2);
    pub const EXEC: Perms = Perms(4);
    pub const ADMIN: Perms = Perms(8);
    pub fn contains(self, o: Perms) -> bool { self.0 & o.0 == o.0 }
    pub fn union(self, o: Perms) -> Perms { Perms(self.0 | o.0) }
}

static AUDIT: Once = Once::new();

impl fmt::Binary for Perms {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        AUDIT.call_once(audit::start);
        let s = format!("{:032b}", self.0);
        let grouped: Vec<&str> = s.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap()).collect();
        f.pad(&grouped.join("_"))
    }
}

impl fmt::Display for Perms {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = [(Perms::READ, "read"), (Perms::WRITE, "write"), (Perms::EXEC, "exec"), (Perms::ADMIN, "admin")];
        let v: Vec<&str> = names.iter().filter(|(p, _)| self.contains(*p)).map(|(_, n)| *n).collect();
        f.pad(&v.join("|"))
    }
}
