// TcpStream::connect is mentioned only in this comment
fn f() -> &'static str { "reqwest::Client" }
