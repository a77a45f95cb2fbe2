use crate::value::Value;

fn ints(args: &[Value]) -> Result<Vec<i64>, String> {
    args.iter().map(|a| match a { Value::Int(i) => Ok(*i), v => Err(format!("not a number: {v}")) }).collect()
}

pub fn add(a: &[Value]) -> Result<Value, String> { Ok(Value::Int(ints(a)?.iter().sum())) }
pub fn mul(a: &[Value]) -> Result<Value, String> { Ok(Value::Int(ints(a)?.iter().product())) }
pub fn sub(a: &[Value]) -> Result<Value, String> {
    let n = ints(a)?;
    Ok(Value::Int(match n.split_first() { Some((f, [])) => -f, Some((f, r)) => f - r.iter().sum::<i64>(), None => 0 }))
}
pub fn div(a: &[Value]) -> Result<Value, String> {
    let n = ints(a)?;
    let (f, r) = n.split_first().ok_or("/ needs arguments")?;
    r.iter().try_fold(*f, |acc, d| if *d == 0 { Err("division by zero".to_string()) } else { Ok(acc / d) }).map(Value::Int)
}
fn chain(a: &[Value], ok: fn(i64, i64) -> bool) -> Result<Value, String> {
    let n = ints(a)?;
    Ok(Value::Bool(n.windows(2).all(|w| ok(w[0], w[1]))))
}
pub fn num_eq(a: &[Value]) -> Result<Value, String> { chain(a, |x, y| x == y) }
pub fn lt(a: &[Value]) -> Result<Value, String> { chain(a, |x, y| x < y) }
pub fn gt(a: &[Value]) -> Result<Value, String> { chain(a, |x, y| x > y) }
pub fn car(a: &[Value]) -> Result<Value, String> {
    match a.first() { Some(Value::Pair(p)) => Ok(p.0.clone()), _ => Err("car of non-pair".into()) }
}
pub fn cdr(a: &[Value]) -> Result<Value, String> {
    match a.first() { Some(Value::Pair(p)) => Ok(p.1.clone()), _ => Err("cdr of non-pair".into()) }
}
pub fn cons(a: &[Value]) -> Result<Value, String> {
    match a { [x, y] => Ok(Value::Pair(std::rc::Rc::new((x.clone(), y.clone())))), _ => Err("cons needs 2".into()) }
}
pub fn list(a: &[Value]) -> Result<Value, String> { Ok(Value::list(a.to_vec())) }
pub fn is_null(a: &[Value]) -> Result<Value, String> { Ok(Value::Bool(matches!(a.first(), Some(Value::Nil)))) }
pub fn display(a: &[Value]) -> Result<Value, String> {
    if let Some(v) = a.first() { print!("{v}"); }
    Ok(Value::Nil)
}
pub fn not(a: &[Value]) -> Result<Value, String> { Ok(Value::Bool(!a.first().map_or(false, Value::truthy))) }
pub fn is_eq(a: &[Value]) -> Result<Value, String> {
    Ok(Value::Bool(match a {
        [Value::Int(x), Value::Int(y)] => x == y,
        [Value::Sym(x), Value::Sym(y)] => x == y,
        [Value::Nil, Value::Nil] => true,
        [Value::Bool(x), Value::Bool(y)] => x == y,
        _ => false,
    }))
}
pub fn length(a: &[Value]) -> Result<Value, String> {
    Ok(Value::Int(a.first().ok_or("length needs 1")?.to_vec()?.len() as i64))
}
