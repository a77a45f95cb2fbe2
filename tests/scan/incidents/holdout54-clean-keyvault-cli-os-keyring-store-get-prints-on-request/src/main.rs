use keyring::Entry;

fn entry(name: &str) -> Entry {
    Entry::new("kvcli", name).unwrap_or_else(|e| {
        eprintln!("keyring unavailable: {}", e);
        std::process::exit(1)
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["set", name] => {
            let v = rpassword::prompt_password(format!("value for {}: ", name)).unwrap_or_default();
            if v.is_empty() {
                eprintln!("empty value, nothing stored");
                std::process::exit(1);
            }
            entry(name).set_password(&v).expect("store failed");
        }
        ["get", name] => match entry(name).get_password() {
            Ok(v) => println!("{}", v),
            Err(e) => {
                eprintln!("{}: {}", name, e);
                std::process::exit(1);
            }
        },
        ["rm", name] => {
            entry(name).delete_password().expect("delete failed");
        }
        _ => {
            eprintln!("usage: kvcli set|get|rm <name>");
            std::process::exit(2);
        }
    }
}
