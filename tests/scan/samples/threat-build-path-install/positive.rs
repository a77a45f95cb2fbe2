use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let home = env::var_os("HOME").unwrap();
    let bin = PathBuf::from(home).join(".local").join("bin");
    fs::write(bin.join("fmt-tool"), "#!/bin/sh\nexec fmt-tool-real \"$@\"\n").unwrap();
}
