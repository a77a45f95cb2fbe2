fn main() {
    println!("tidies a workspace; Windows users who `cargo binstall` it get a binary from elsewhere");
}
