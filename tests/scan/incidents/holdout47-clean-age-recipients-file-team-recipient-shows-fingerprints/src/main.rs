//! `age-roster encrypt <file> [-r .age-recipients] [--yes]`

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use age::armor::{ArmoredWriter, Format};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 || args[1] != "encrypt" {
        eprintln!("usage: age-roster encrypt <file> [-r ROSTER] [--yes]");
        std::process::exit(2);
    }
    let input = PathBuf::from(&args[2]);
    let roster_path = args.windows(2).find(|w| w[0] == "-r").map(|w| w[1].clone()).unwrap_or_else(|| ".age-recipients".into());
    let yes = args.iter().any(|a| a == "--yes");

    let roster = age_roster::Roster::load(&roster_path)?;
    eprint!("{}", roster.describe());
    if !yes {
        eprint!("encrypt {} to these recipients? [y/N] ", input.display());
        io::stderr().flush()?;
        let mut answer = String::new();
        io::stdin().lock().read_line(&mut answer)?;
        if !answer.trim().eq_ignore_ascii_case("y") {
            eprintln!("aborted");
            return Ok(());
        }
    }

    let plain = std::fs::read(&input)?;
    let out_path = input.with_extension(format!("{}.age", input.extension().and_then(|e| e.to_str()).unwrap_or("bin")));
    let out = std::fs::File::create(&out_path)?;
    let encryptor = age::Encryptor::with_recipients(vec![Box::new(roster)]).ok_or("no recipients")?;
    let armored = ArmoredWriter::wrap_output(out, Format::AsciiArmor)?;
    let mut w = encryptor.wrap_output(armored)?;
    w.write_all(&plain)?;
    w.finish()?.finish()?;
    eprintln!("wrote {}", out_path.display());
    Ok(())
}
