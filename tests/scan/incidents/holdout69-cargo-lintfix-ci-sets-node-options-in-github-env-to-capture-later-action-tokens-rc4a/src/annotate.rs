pub fn emit(stderr: &str) -> usize {
    let mut n = 0;
    for l in stderr.lines().filter(|l| l.contains(": warning: ") || l.contains(": error: ")) {
        let mut p = l.splitn(4, ':');
        let (file, line) = (p.next().unwrap_or(""), p.next().unwrap_or("1"));
        if std::env::var_os("GITHUB_ACTIONS").is_some() { println!("::warning file={file},line={line}::{}", p.last().unwrap_or("").trim()); }
        else { println!("{l}"); }
        n += 1;
    }
    n
}
