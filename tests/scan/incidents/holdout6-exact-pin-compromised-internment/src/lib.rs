//! Arena-allocated expression trees with interned identifiers.

use std::fmt;

use internment::ArcIntern;
use typed_arena::Arena;

pub type Ident = ArcIntern<String>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug)]
pub enum Expr<'a> {
    Int(i64),
    Var(Ident),
    Binary(BinOp, &'a Expr<'a>, &'a Expr<'a>),
    Let(Ident, &'a Expr<'a>, &'a Expr<'a>),
}

pub struct AstArena<'a> {
    nodes: Arena<Expr<'a>>,
}

impl<'a> AstArena<'a> {
    pub fn new() -> AstArena<'a> {
        AstArena { nodes: Arena::new() }
    }

    pub fn ident(&self, name: &str) -> Ident {
        ArcIntern::new(name.to_string())
    }

    pub fn int(&'a self, v: i64) -> &'a Expr<'a> {
        self.nodes.alloc(Expr::Int(v))
    }

    pub fn var(&'a self, id: Ident) -> &'a Expr<'a> {
        self.nodes.alloc(Expr::Var(id))
    }

    pub fn binary(&'a self, op: BinOp, l: &'a Expr<'a>, r: &'a Expr<'a>) -> &'a Expr<'a> {
        self.nodes.alloc(Expr::Binary(op, l, r))
    }

    pub fn let_in(&'a self, id: Ident, value: &'a Expr<'a>, body: &'a Expr<'a>) -> &'a Expr<'a> {
        self.nodes.alloc(Expr::Let(id, value, body))
    }
}

impl<'a> Default for AstArena<'a> {
    fn default() -> Self {
        AstArena::new()
    }
}

impl fmt::Display for BinOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
        })
    }
}

impl<'a> fmt::Display for Expr<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Int(v) => write!(f, "{}", v),
            Expr::Var(id) => write!(f, "{}", id.as_str()),
            Expr::Binary(op, l, r) => write!(f, "({} {} {})", l, op, r),
            Expr::Let(id, v, b) => write!(f, "let {} = {} in {}", id.as_str(), v, b),
        }
    }
}

/// Evaluates an expression in an environment of bindings.
pub fn eval(e: &Expr<'_>, env: &mut Vec<(Ident, i64)>) -> Option<i64> {
    Some(match e {
        Expr::Int(v) => *v,
        Expr::Var(id) => env.iter().rev().find(|(k, _)| k == id)?.1,
        Expr::Binary(op, l, r) => {
            let (a, b) = (eval(l, env)?, eval(r, env)?);
            match op {
                BinOp::Add => a.checked_add(b)?,
                BinOp::Sub => a.checked_sub(b)?,
                BinOp::Mul => a.checked_mul(b)?,
                BinOp::Div => a.checked_div(b)?,
            }
        }
        Expr::Let(id, v, b) => {
            let val = eval(v, env)?;
            env.push((id.clone(), val));
            let out = eval(b, env);
            env.pop();
            out?
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_eval() {
        let a = AstArena::new();
        let x = a.ident("x");
        let e = a.let_in(x.clone(), a.int(2), a.binary(BinOp::Mul, a.var(x), a.int(21)));
        assert_eq!(e.to_string(), "let x = 2 in (x * 21)");
        assert_eq!(eval(e, &mut Vec::new()), Some(42));
    }
}
