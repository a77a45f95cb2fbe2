mod crypto;

use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

struct Args {
    browser: String,
    profile: String,
    out: PathBuf,
    yes: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let (mut browser, mut profile, mut out, mut yes) = ("chrome".to_string(), "Default".to_string(), None, false);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--browser" => browser = it.next().ok_or("--browser needs a value")?,
            "--profile" => profile = it.next().ok_or("--profile needs a value")?,
            "--out" => out = Some(PathBuf::from(it.next().ok_or("--out needs a value")?)),
            "--yes" => yes = true,
            "-h" | "--help" => return Err("usage: chromium-pass-export [--browser chrome|edge|brave] [--profile NAME] --out FILE [--yes]".into()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args { browser, profile, out: out.ok_or("--out FILE is required")?, yes })
}

fn user_data_dir(browser: &str) -> Result<PathBuf, String> {
    let local = std::env::var_os("LOCALAPPDATA").map(PathBuf::from).ok_or("LOCALAPPDATA not set (this tool runs on Windows)")?;
    let rel = match browser {
        "chrome" => r"Google\Chrome\User Data",
        "edge" => r"Microsoft\Edge\User Data",
        "brave" => r"BraveSoftware\Brave-Browser\User Data",
        other => return Err(format!("unsupported browser {other}")),
    };
    Ok(local.join(rel))
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn run(args: Args) -> Result<usize, String> {
    if args.out.exists() {
        return Err(format!("{} already exists; not overwriting", args.out.display()));
    }
    let dir = user_data_dir(&args.browser)?;
    let key = crypto::master_key(&dir.join("Local State"))?;
    // The browser keeps the database locked while running; read a private copy.
    let copy = std::env::temp_dir().join(format!("cpe-{}.db", std::process::id()));
    std::fs::copy(dir.join(&args.profile).join("Login Data"), &copy).map_err(|e| format!("copying Login Data: {e}"))?;
    let rows = {
        let db = rusqlite::Connection::open(&copy).map_err(|e| e.to_string())?;
        let mut stmt = db.prepare("SELECT origin_url, username_value, password_value FROM logins ORDER BY origin_url").map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Vec<u8>>(2)?)))
            .map_err(|e| e.to_string())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string());
        rows
    };
    let _ = std::fs::remove_file(&copy);
    let rows = rows?;

    if !args.yes {
        eprint!("Write {} passwords in PLAIN TEXT to {}? Type yes: ", rows.len(), args.out.display());
        let _ = io::stderr().flush();
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line).map_err(|e| e.to_string())?;
        if line.trim() != "yes" {
            return Err("aborted".into());
        }
    }
    let mut csv = String::from("name,url,username,password\n");
    for (url, user, blob) in &rows {
        let pass = crypto::decrypt_password(&key, blob).unwrap_or_default();
        let name = url.split("://").nth(1).and_then(|r| r.split('/').next()).unwrap_or(url);
        csv.push_str(&format!("{},{},{},{}\n", csv_field(name), csv_field(url), csv_field(user), csv_field(&pass)));
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&args.out)
        .and_then(|mut f| f.write_all(csv.as_bytes()))
        .map_err(|e| e.to_string())?;
    Ok(rows.len())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(n) => {
            eprintln!("exported {n} entries; delete the file after importing it");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("chromium-pass-export: {e}");
            ExitCode::FAILURE
        }
    }
}
