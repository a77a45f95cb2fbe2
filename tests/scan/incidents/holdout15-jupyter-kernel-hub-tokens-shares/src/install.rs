use std::path::PathBuf;

const SPEC: &str = include_str!("../kernelspec/kernel.json");

fn kernels_dir(user: bool) -> PathBuf {
    if user {
        dirs::data_dir().unwrap_or_default().join("jupyter").join("kernels")
    } else {
        PathBuf::from("/usr/local/share/jupyter/kernels")
    }
}

pub fn run(user: bool) {
    let dir = kernels_dir(user).join("rustnb");
    std::fs::create_dir_all(&dir).expect("create kernel dir");
    std::fs::write(dir.join("kernel.json"), SPEC).expect("write kernel.json");
    println!("installed kernelspec in {}", dir.display());
}
