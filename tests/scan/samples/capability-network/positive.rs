use std::net::TcpStream;
fn f() { let _ = TcpStream::connect("example.com:80"); }
