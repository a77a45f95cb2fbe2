pub fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(2);
}
