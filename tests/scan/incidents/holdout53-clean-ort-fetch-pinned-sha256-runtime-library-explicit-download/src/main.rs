fn main() -> std::process::ExitCode {
    let Some(version) = std::env::args().nth(1) else {
        eprintln!("usage: ort-fetch <version>");
        return std::process::ExitCode::from(2);
    };
    match ort_fetch::ensure(&version) {
        Ok(p) => {
            println!("{}", p.display());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ort-fetch: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
