use docfmt_derive::Display;

#[path = "../../support/render.rs"]
mod render;

/// {name} = {value}
#[derive(Display)]
struct Pair<T: std::fmt::Display> {
    name: &'static str,
    value: T,
}

fn main() {
    render::assert_renders(&Pair { name: "x", value: 1.5 }, "x = 1.5");
    render::assert_renders(&Pair { name: "flag", value: true }, "flag = true");
    render::snapshot("03-generics");
}
