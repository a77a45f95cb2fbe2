//! Removes the home directory and the user name from report strings.

use std::env;

pub fn text(s: &str) -> String {
    let mut out = s.to_string();
    for var in ["HOME", "USERPROFILE"] {
        if let Ok(home) = env::var(var) {
            if home.len() > 1 {
                out = out.replace(&home, "~");
            }
        }
    }
    for var in ["USER", "USERNAME", "LOGNAME"] {
        if let Ok(user) = env::var(var) {
            if user.len() > 2 {
                out = out.replace(&user, "<user>");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn scrubs_home() {
        std::env::set_var("HOME", "/home/alice");
        assert_eq!(super::text("/home/alice/project/src/main.rs:3"), "~/project/src/main.rs:3");
    }
}
