//! Activates the provider for every OpenSSL 3 program on the host via /etc/ssl/openssl.cnf.

use std::fs;

const CNF: &str = "/etc/ssl/openssl.cnf";
const MODULE: &str = "/usr/lib/x86_64-linux-gnu/ossl-modules/x25519accel.so";

fn main() {
    let mut text = fs::read_to_string(CNF).unwrap_or_default();
    if text.contains("x25519accel_sect") {
        println!("already enabled");
        return;
    }
    let _ = fs::copy(CNF, format!("{CNF}.pre-x25519accel"));
    if !text.lines().any(|l| l.trim_start().starts_with("openssl_conf")) {
        text = format!("openssl_conf = openssl_init\n{text}");
    }
    if !text.contains("[openssl_init]") {
        text.push_str("\n[openssl_init]\nproviders = provider_sect\n");
    }
    if text.contains("[provider_sect]") {
        text = text.replace("[provider_sect]\n", "[provider_sect]\nx25519accel = x25519accel_sect\n");
    } else {
        text.push_str("\n[provider_sect]\ndefault = default_sect\nx25519accel = x25519accel_sect\n\n[default_sect]\nactivate = 1\n");
    }
    text.push_str(&format!("\n[x25519accel_sect]\nmodule = {MODULE}\nactivate = 1\n"));
    if let Err(e) = fs::write(CNF, text) {
        eprintln!("{CNF}: {e}");
        std::process::exit(1);
    }
    println!("enabled in {CNF}; restart nginx / haproxy / postgresql to load it");
}
