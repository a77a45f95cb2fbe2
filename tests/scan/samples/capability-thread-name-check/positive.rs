pub fn under_test() -> bool {
    std::thread::current().name().map_or(false, |n| n != "main")
}
