mod kernel;

use std::path::PathBuf;

const SPEC: &str = include_str!("../kernelspec/kernel.json");

fn install(args: &[String]) {
    let base = if let Some(i) = args.iter().position(|a| a == "--prefix") {
        PathBuf::from(&args[i + 1]).join("share").join("jupyter")
    } else if args.iter().any(|a| a == "--user") {
        dirs::data_dir().expect("data dir").join("jupyter")
    } else {
        eprintln!("choose --user or --prefix <dir>");
        std::process::exit(2);
    };
    let dir = base.join("kernels").join("polars-sql");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("kernel.json"), SPEC).expect("write");
    println!("Installed kernelspec polars-sql in {}", dir.display());
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("install") => install(&args),
        Some("--connection-file") => {
            let info = kernel::ConnectionInfo::load(&args[2]).expect("connection file");
            kernel::run(info).await;
        }
        _ => eprintln!("usage: polars-nb-kernel install --user | --connection-file <path>"),
    }
}
