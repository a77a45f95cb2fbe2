use crate::value::{Lambda, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Default)]
pub struct Scope(Rc<RefCell<Frame>>);

#[derive(Default)]
struct Frame {
    vars: HashMap<Rc<str>, Value>,
    parent: Option<Scope>,
}

impl Scope {
    pub fn child(&self) -> Scope {
        Scope(Rc::new(RefCell::new(Frame { vars: HashMap::new(), parent: Some(self.clone()) })))
    }
    pub fn define(&self, k: Rc<str>, v: Value) {
        self.0.borrow_mut().vars.insert(k, v);
    }
    pub fn get(&self, k: &str) -> Option<Value> {
        let f = self.0.borrow();
        f.vars.get(k).cloned().or_else(|| f.parent.as_ref().and_then(|p| p.get(k)))
    }
}

pub struct Env {
    pub global: Scope,
}

impl Env {
    pub fn standard() -> Self {
        let global = Scope::default();
        for (name, _id, _arity, f) in crate::builtins_table::BUILTINS {
            global.define((*name).into(), Value::Builtin(name, *f));
        }
        Env { global }
    }

    pub fn eval_str(&mut self, src: &str) -> Result<Value, String> {
        let mut last = Value::Nil;
        for form in crate::reader::read_all(src)? {
            last = eval(&form, &self.global)?;
        }
        Ok(last)
    }
}

pub fn eval(expr: &Value, scope: &Scope) -> Result<Value, String> {
    let (mut expr, mut scope) = (expr.clone(), scope.clone());
    loop {
        match &expr {
            Value::Sym(s) => return scope.get(s).ok_or_else(|| format!("unbound: {s}")),
            Value::Pair(_) => {}
            other => return Ok(other.clone()),
        }
        let items = expr.to_vec()?;
        match items.first() {
            Some(Value::Sym(s)) if &**s == "quote" => return Ok(items.get(1).cloned().unwrap_or(Value::Nil)),
            Some(Value::Sym(s)) if &**s == "if" => {
                let c = eval(items.get(1).ok_or("if: no test")?, &scope)?;
                expr = if c.truthy() { items.get(2).cloned().unwrap_or(Value::Nil) } else { items.get(3).cloned().unwrap_or(Value::Nil) };
                continue;
            }
            Some(Value::Sym(s)) if &**s == "define" => {
                if let Some(Value::Sym(name)) = items.get(1) {
                    let v = eval(items.get(2).ok_or("define: no value")?, &scope)?;
                    scope.define(name.clone(), v);
                }
                return Ok(Value::Nil);
            }
            Some(Value::Sym(s)) if &**s == "lambda" => {
                let params = items.get(1).ok_or("lambda: no params")?.to_vec()?;
                let params = params.into_iter().filter_map(|p| if let Value::Sym(s) = p { Some(s) } else { None }).collect();
                let body = items.get(2).cloned().unwrap_or(Value::Nil);
                return Ok(Value::Lambda(Rc::new(Lambda { params, body, env: scope.clone() })));
            }
            Some(Value::Sym(s)) if &**s == "let" => {
                let inner = scope.child();
                for b in items.get(1).ok_or("let: no bindings")?.to_vec()? {
                    let b = b.to_vec()?;
                    if let (Some(Value::Sym(n)), Some(e)) = (b.first(), b.get(1)) {
                        inner.define(n.clone(), eval(e, &scope)?);
                    }
                }
                expr = items.get(2).cloned().unwrap_or(Value::Nil);
                scope = inner;
                continue;
            }
            _ => {}
        }
        let f = eval(&items[0], &scope)?;
        let args = items[1..].iter().map(|a| eval(a, &scope)).collect::<Result<Vec<_>, _>>()?;
        match f {
            Value::Builtin(_, b) => return b(&args),
            Value::Lambda(l) => {
                let inner = l.env.child();
                for (p, a) in l.params.iter().zip(args) {
                    inner.define(p.clone(), a);
                }
                expr = l.body.clone();
                scope = inner;
            }
            other => return Err(format!("not callable: {other}")),
        }
    }
}
