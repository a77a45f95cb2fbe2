use docfmt_derive::Display;

#[derive(Display)]
enum Fetch {
    /// request to {0} timed out
    Timeout(String),
    /// server answered {status}
    Status { status: u16 },
    /// cancelled
    Cancelled,
}

fn main() {
    assert_eq!(Fetch::Timeout("a".into()).to_string(), "request to a timed out");
    assert_eq!(Fetch::Status { status: 503 }.to_string(), "server answered 503");
    assert_eq!(Fetch::Cancelled.to_string(), "cancelled");
}
