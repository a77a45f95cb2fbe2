use hintbook::Book;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| eprintln!("hintbook: {p}: {e}")).ok();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["pack", input] => {
            let Some(t) = read(input) else { return ExitCode::FAILURE };
            print!("{}", Book::pack_plain(&t));
        }
        ["questions", book] => {
            let Some(t) = read(book) else { return ExitCode::FAILURE };
            for q in Book::parse(&t).questions() {
                println!("{q}");
            }
        }
        ["reveal", book, question, n] => {
            let Some(t) = read(book) else { return ExitCode::FAILURE };
            match Book::parse(&t).reveal(question, n.parse().unwrap_or(1)) {
                Some(h) => println!("{h}"),
                None => {
                    eprintln!("no such hint");
                    return ExitCode::FAILURE;
                }
            }
        }
        _ => {
            eprintln!("usage: hintbook pack PLAIN | questions BOOK | reveal BOOK QUESTION N");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
