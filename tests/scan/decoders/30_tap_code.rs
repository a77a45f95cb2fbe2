// tap code on a 6x6 grid: "row-taps col-taps" groups separated by " / "
const GRID: [&str; 6] = ["abcdef", "ghijkl", "mnopqr", "stuvwx", "yz.-/:", "012345"];
const SEALED: &str = ".. .. / .. ... / . .... / . .... / . ..... / ... .. / ..... \
    ... / .... . / .. ... / ... .. / .. ..... / ..... ... / . ..\
    ... / .... ...... / . . / ... . / ... .... / .. ...... / . .\
    ....";

fn reveal(sealed: &str) -> String {
    let taps = |s: &str| s.len() - 1;
    sealed
        .split(" / ")
        .filter_map(|group| {
            let mut it = group.split(' ');
            let r = taps(it.next()?);
            let c = taps(it.next()?);
            GRID.get(r)?.chars().nth(c)
        })
        .collect()
}

fn main() {
    println!("{}", reveal(SEALED)); // CALL
}
