use crate::bound::Bound;
use crate::version::{Channel, Version};
use proc_macro::{Delimiter, Span, TokenStream, TokenTree};

pub enum Expr {
    Stable,
    Beta,
    Nightly,
    Since(Bound),
    Before(Bound),
    Exact(Bound),
    Not(Box<Expr>),
    Any(Vec<Expr>),
    All(Vec<Expr>),
}

pub struct Error {
    span: Span,
    msg: String,
}

impl Error {
    fn new(span: Span, msg: impl Into<String>) -> Self {
        Error { span, msg: msg.into() }
    }

    pub fn into_compile_error(self) -> TokenStream {
        let ts: TokenStream = format!("compile_error!({:?});", self.msg).parse().unwrap();
        ts.into_iter()
            .map(|mut tt| {
                tt.set_span(self.span);
                tt
            })
            .collect()
    }
}

impl Expr {
    pub fn eval(&self, rustc: Version) -> bool {
        match self {
            Expr::Stable => rustc.channel == Channel::Stable,
            Expr::Beta => rustc.channel == Channel::Beta,
            Expr::Nightly => matches!(rustc.channel, Channel::Nightly(_) | Channel::Dev),
            Expr::Since(b) => rustc >= *b,
            Expr::Before(b) => rustc < *b,
            Expr::Exact(b) => rustc == *b,
            Expr::Not(e) => !e.eval(rustc),
            Expr::Any(es) => es.iter().any(|e| e.eval(rustc)),
            Expr::All(es) => es.iter().all(|e| e.eval(rustc)),
        }
    }
}

pub fn parse(input: TokenStream) -> Result<Expr, Error> {
    let mut iter = input.into_iter();
    parse_one(&mut iter)
}

fn parse_one(iter: &mut impl Iterator<Item = TokenTree>) -> Result<Expr, Error> {
    let Some(TokenTree::Ident(name)) = iter.next() else {
        return Err(Error::new(Span::call_site(), "expected selector"));
    };
    let args = match iter.next() {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => g.stream(),
        _ => TokenStream::new(),
    };
    let text = args.to_string().replace(' ', "");
    let span = name.span();
    let bound = || Bound::parse(&text).ok_or_else(|| Error::new(span, "expected 1.N or YYYY-MM-DD"));
    Ok(match name.to_string().as_str() {
        "stable" if text.is_empty() => Expr::Stable,
        "stable" => Expr::Exact(bound()?),
        "beta" => Expr::Beta,
        "nightly" if text.is_empty() => Expr::Nightly,
        "nightly" => Expr::Exact(bound()?),
        "since" => Expr::Since(bound()?),
        "before" => Expr::Before(bound()?),
        "not" => Expr::Not(Box::new(parse(args)?)),
        "any" | "all" => {
            let mut parts = Vec::new();
            let mut cur = Vec::new();
            for tt in args {
                match &tt {
                    TokenTree::Punct(p) if p.as_char() == ',' => {
                        parts.push(parse(cur.drain(..).collect())?);
                    }
                    _ => cur.push(tt),
                }
            }
            if !cur.is_empty() {
                parts.push(parse(cur.into_iter().collect())?);
            }
            if name.to_string() == "any" {
                Expr::Any(parts)
            } else {
                Expr::All(parts)
            }
        }
        other => return Err(Error::new(span, format!("unknown selector `{other}`"))),
    })
}
