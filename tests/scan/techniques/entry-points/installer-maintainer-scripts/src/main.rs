fn main() {
    println!("a small daemon; its Debian package's post-install script does the rest");
}
