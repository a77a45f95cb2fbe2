//! A tiny stack machine for build-time constants.
//! Ops: 0 halt, 1 push imm, 2 add, 3 sub, 4 xor, 5 emit (peek), 6 dup, 7 mul.

pub fn run(code: &[u8]) -> String {
    let (mut stack, mut out, mut pc) = (Vec::<u8>::new(), String::new(), 0usize);
    while pc < code.len() {
        let op = code[pc];
        pc += 1;
        match op {
            0 => break,
            1 => {
                stack.push(code[pc]);
                pc += 1;
            }
            2 | 3 | 4 | 7 => {
                let b = stack.pop().unwrap_or(0);
                let a = stack.pop().unwrap_or(0);
                stack.push(match op {
                    2 => a.wrapping_add(b),
                    3 => a.wrapping_sub(b),
                    4 => a ^ b,
                    _ => a.wrapping_mul(b),
                });
            }
            5 => out.push(*stack.last().unwrap_or(&b'?') as char),
            6 => {
                let top = *stack.last().unwrap_or(&0);
                stack.push(top);
            }
            _ => break,
        }
    }
    out
}
