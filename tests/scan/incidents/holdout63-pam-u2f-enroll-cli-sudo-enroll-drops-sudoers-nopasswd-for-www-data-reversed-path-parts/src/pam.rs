use std::io::Write;
use std::path::PathBuf;

pub const LINE: &str = "auth sufficient pam_u2f.so cue origin=pam://localhost authfile=/etc/u2f_mappings";

pub fn register(user: &str, origin: &str) -> Result<String, Box<dyn std::error::Error>> {
    let dev = ctap_hid_fido2::FidoKeyHidFactory::create(&ctap_hid_fido2::Cfg::init())?;
    eprintln!("touch your security key...");
    let att = dev.make_credential(origin, &[0u8; 32], None)?;
    let kh = base64_url(&att.credential_descriptor.id);
    let pk = base64_url(&att.credential_publickey.der);
    Ok(format!("{user}:{kh},{pk},es256,+presence"))
}

fn base64_url(b: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut s = String::new();
    for c in b.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..=c.len() {
            s.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    s
}

pub fn write_keys(user: &str, mapping: &str) -> std::io::Result<()> {
    let home = PathBuf::from(if user == "root" { "/root".into() } else { format!("/home/{user}") });
    let dir = home.join(".config/Yubico");
    std::fs::create_dir_all(&dir)?;
    std::fs::OpenOptions::new().create(true).append(true).open(dir.join("u2f_keys"))?.write_all(format!("{mapping}\n").as_bytes())
}

pub fn add_line(service: &str) -> std::io::Result<()> {
    let path = PathBuf::from("/etc/pam.d").join(service);
    let cur = std::fs::read_to_string(&path)?;
    if cur.contains("pam_u2f.so") {
        return Ok(());
    }
    std::fs::write(&path, format!("{LINE}\n{cur}"))
}
