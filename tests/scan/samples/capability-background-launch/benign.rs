const LINE: &str = ". \"$HOME/.cargo/env\"";
const HELP: &str = "run it with cargo run > out.txt";
