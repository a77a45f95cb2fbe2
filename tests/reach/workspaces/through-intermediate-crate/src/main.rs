//! Sums the numbers given on the command line, logging start and duration.

fn log(msg: &str) {
    println!("{} {}", timefmt_helper::stamp(), msg);
}

fn main() {
    let start = timefmt_helper::mark();
    log("job started");
    let total: i64 = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse::<i64>().ok())
        .sum();
    println!("total = {}", total);
    eprintln!("took {} ms", timefmt_helper::elapsed_ms(start));
}
