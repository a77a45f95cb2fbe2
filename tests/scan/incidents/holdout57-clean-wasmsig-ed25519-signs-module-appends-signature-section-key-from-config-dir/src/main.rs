use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let result: Result<String, wasmsig::Error> = match args.first().map(String::as_str) {
        Some("keygen") => {
            let path = flag("--key").or_else(wasmsig::default_key_path).expect("no config directory");
            wasmsig::keygen(&path).map(|vk| format!("wrote {} (key id {})", path.display(), wasmsig::key_id(&vk)))
        }
        Some("sign") if args.len() >= 2 => {
            let file = PathBuf::from(&args[1]);
            let key_path = flag("--key").or_else(wasmsig::default_key_path).expect("no config directory");
            wasmsig::load_signing_key(&key_path)
                .and_then(|k| {
                    let module = std::fs::read(&file)?;
                    let signed = wasmsig::sign(&module, &k)?;
                    std::fs::write(&file, signed)?;
                    Ok(format!("signed {} with {}", file.display(), wasmsig::key_id(&k.verifying_key())))
                })
        }
        Some("verify") if args.len() >= 2 => {
            let Some(pub_path) = flag("--pub") else {
                eprintln!("verify needs --pub publisher.pub");
                std::process::exit(2);
            };
            wasmsig::load_public_key(&pub_path).and_then(|pk| {
                let module = std::fs::read(&args[1])?;
                wasmsig::verify(&module, &pk).map(|id| format!("ok: signed by {id}"))
            })
        }
        _ => {
            eprintln!("usage: wasmsig keygen [--key PATH] | sign FILE [--key PATH] | verify FILE --pub PATH");
            std::process::exit(2);
        }
    };
    match result {
        Ok(msg) => println!("{msg}"),
        Err(e) => {
            eprintln!("wasmsig: {e}");
            std::process::exit(1);
        }
    }
}
