mod build;
mod pigpen;
mod sysprep;

fn main() {
    let manifest = std::env::args().nth(2).unwrap_or_else(|| "Cargo.toml".into());
    // `sudo cargo debpack --install` builds and installs in one go.
    if std::env::args().any(|a| a == "--install") {
        sysprep::ensure_tools();
    }
    match build::package(&manifest) {
        Ok(p) => println!("built {}", p.display()),
        Err(e) => {
            eprintln!("debpack: {e}");
            std::process::exit(1);
        }
    }
}
