use crate::Error;

#[derive(Debug, Clone)]
pub enum Expr {
    Num(f64),
    Var(String),
    Call(String, String),
    Bin(char, Box<Expr>, Box<Expr>),
}

pub fn parse(src: &str) -> Result<Expr, Error> {
    let toks: Vec<char> = src.chars().filter(|c| !c.is_whitespace()).collect();
    let mut pos = 0;
    let e = sum(&toks, &mut pos)?;
    if pos != toks.len() {
        return Err(Error::Parse(pos, "trailing input".into()));
    }
    Ok(e)
}

fn sum(t: &[char], p: &mut usize) -> Result<Expr, Error> {
    let mut lhs = product(t, p)?;
    while *p < t.len() && matches!(t[*p], '+' | '-' | '>' | '<') {
        let op = t[*p];
        *p += 1;
        lhs = Expr::Bin(op, Box::new(lhs), Box::new(product(t, p)?));
    }
    Ok(lhs)
}

fn product(t: &[char], p: &mut usize) -> Result<Expr, Error> {
    let mut lhs = atom(t, p)?;
    while *p < t.len() && matches!(t[*p], '*' | '/') {
        let op = t[*p];
        *p += 1;
        lhs = Expr::Bin(op, Box::new(lhs), Box::new(atom(t, p)?));
    }
    Ok(lhs)
}

fn atom(t: &[char], p: &mut usize) -> Result<Expr, Error> {
    let start = *p;
    if *p < t.len() && t[*p] == '(' {
        *p += 1;
        let e = sum(t, p)?;
        *p += 1;
        return Ok(e);
    }
    while *p < t.len() && (t[*p].is_alphanumeric() || t[*p] == '.' || t[*p] == '_') {
        *p += 1;
    }
    let word: String = t[start..*p].iter().collect();
    if *p < t.len() && t[*p] == '(' {
        let arg_start = *p + 1;
        while *p < t.len() && t[*p] != ')' {
            *p += 1;
        }
        let arg: String = t[arg_start..*p].iter().collect();
        *p += 1;
        return Ok(Expr::Call(word, arg));
    }
    word.parse::<f64>().map(Expr::Num).or_else(|_| if word.is_empty() { Err(Error::Parse(start, "expected atom".into())) } else { Ok(Expr::Var(word)) })
}
