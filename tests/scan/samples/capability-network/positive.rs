use std::net::TcpStream;
fn f() { let _ = TcpStream::connect("example.com:80"); }
fn g(url: &str) { let _ = amiquip::Connection::insecure_open(url); }
fn h(addr: &str) { let _ = queue::Publisher::connect_with(addr); }
