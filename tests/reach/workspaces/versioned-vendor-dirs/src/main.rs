//! Prints today's local date as YYYY-MM-DD.

fn main() {
    let tm = time::now();
    println!("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}
