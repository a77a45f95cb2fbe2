//! Prints a one-line status with the local time.

fn status() -> String {
    format!("ok | {} | sources: {}", layer_a::current_label(), layer_a::sources())
}

fn main() {
    println!("{}", status());
}
