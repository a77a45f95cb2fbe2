//! Prints a start marker; the time crate is imported under the name `oldtime`.

fn marker(label: &str) -> String {
    let tm = oldtime::now();
    format!("{} {}", tm.rfc3339(), label)
}

fn main() {
    let pause = oldtime::Duration::seconds(1);
    println!("{}", marker("start"));
    println!("next check in {} s", pause.num_seconds());
}
