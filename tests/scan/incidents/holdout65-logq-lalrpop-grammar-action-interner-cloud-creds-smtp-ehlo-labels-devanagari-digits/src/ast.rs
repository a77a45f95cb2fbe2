use crate::symbols::Sym;

#[derive(Debug, Clone, PartialEq)]
pub enum Value { Int(i64), Str(String) }

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cmp { Eq, Ne, Match, Lt, Gt }

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Cmp(Sym, Cmp, Value),
}
