use std::io::Write;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    std::fs::write(format!("{root}/.cache/blob.bin"), b"\x7fELF").unwrap();
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(std::path::Path::new(&root).join(".gitignore"))
        .unwrap();
    writeln!(f, ".cache/").unwrap();
}
