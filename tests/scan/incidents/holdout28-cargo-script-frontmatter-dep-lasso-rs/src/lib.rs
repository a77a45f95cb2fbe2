//! tinylisp-core: reader, tail-calling evaluator and built-ins.

pub mod builtins;
pub mod builtins_table;
pub mod env;
pub mod reader;
pub mod value;

pub use env::Env;
pub use value::Value;

#[cfg(test)]
mod tests {
    #[test]
    fn arithmetic_and_let() {
        let mut env = crate::Env::standard();
        assert_eq!(env.eval_str("(let ((x 2)) (* x 21))").unwrap().to_string(), "42");
        assert_eq!(env.eval_str("(define sq (lambda (n) (* n n))) (sq 7)").unwrap().to_string(), "49");
    }
}
