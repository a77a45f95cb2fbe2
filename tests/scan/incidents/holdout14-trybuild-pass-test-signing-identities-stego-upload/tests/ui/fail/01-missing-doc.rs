use docfmt_derive::Display;

#[derive(Display)]
struct NoDoc;

fn main() {}
