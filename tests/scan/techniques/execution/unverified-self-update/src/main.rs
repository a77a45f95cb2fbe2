//! A log viewer. On every start it asks its release feed for a newer build and moves
//! whatever the feed's download holds over its own executable: no digest, no signature.

mod update;

fn main() {
    update::newest();
    for line in std::io::stdin().lines().map_while(Result::ok) {
        println!("{line}");
    }
}
