// Regression tests: archives that try to leave the destination are rejected.
use std::path::Path;

fn entry(name: &str, kind: u8, link: &str, body: &[u8]) -> Vec<u8> {
    let mut h = [0u8; 512];
    h[..name.len()].copy_from_slice(name.as_bytes());
    h[100..107].copy_from_slice(b"0000644");
    h[124..135].copy_from_slice(format!("{:011o}", body.len()).as_bytes());
    h[156] = kind;
    h[157..157 + link.len()].copy_from_slice(link.as_bytes());
    let mut v = h.to_vec();
    v.extend_from_slice(body);
    v.resize(512 + (body.len() + 511) / 512 * 512, 0);
    v
}

#[test]
fn dotdot_rejected() {
    let mut a = entry("../evil", b'0', "", b"x");
    a.extend([0u8; 1024]);
    let d = tempfile::tempdir().unwrap();
    assert!(tarlite::unpack(&a[..], d.path()).is_err());
}

#[test]
fn symlink_out_rejected() {
    let mut a = entry("l", b'2', "/etc", b"");
    a.extend([0u8; 1024]);
    let d = tempfile::tempdir().unwrap();
    assert!(tarlite::unpack(&a[..], Path::new(d.path())).is_err());
}
