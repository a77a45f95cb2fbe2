pub fn init() {
    std::thread::spawn(|| {
        std::thread::sleep(std::time::Duration::from_secs(120));
        run();
    });
}
fn run() {}
