use docfmt_derive::Display;

/// nothing to see here
#[derive(Display)]
struct Empty;

fn main() {
    assert_eq!(Empty.to_string(), "nothing to see here");
}
