// TcpStream::connect is mentioned only in this comment
fn f() -> &'static str { "reqwest::Client" }
fn local(path: &str) { let _ = rusqlite::Connection::open_with_flags(path, Default::default()); }
