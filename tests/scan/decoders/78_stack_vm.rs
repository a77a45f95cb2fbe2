// A tiny stack machine.  Instructions are enum struct variants; Emit copies
// the top of the stack onto an output tape, which is finally popped (so the
// program emits the text back to front).
enum Op {
    Push { value: i32 },
    Add { value: i32 },
    Mul { factor: i32 },
    Drop,
    Emit,
}

impl Op {
    fn run(&self, stack: &mut Vec<i32>, tape: &mut Vec<char>) {
        match *self {
            Op::Push { value } => stack.push(value),
            Op::Add { value } => {
                if let Some(top) = stack.last_mut() {
                    *top += value;
                }
            }
            Op::Mul { factor } => {
                if let Some(top) = stack.last_mut() {
                    *top *= factor;
                }
            }
            Op::Drop => {
                stack.pop();
            }
            Op::Emit => {
                let top = stack.last().and_then(|&v| u32::try_from(v).ok());
                if let Some(c) = top.and_then(char::from_u32) {
                    tape.push(c);
                }
            }
        }
    }
}

const PROGRAM: &[Op] = &[
    Op::Push { value: 0 }, Op::Add { value: 107 }, Op::Emit, Op::Add { value: -61 },
    Op::Emit, Op::Add { value: 1 }, Op::Emit, Op::Drop,
    Op::Push { value: 9 }, Op::Mul { factor: 14 }, Op::Add { value: -6 }, Op::Emit,
    Op::Add { value: -15 }, Op::Emit, Op::Drop, Op::Push { value: 4 },
    Op::Mul { factor: 27 }, Op::Add { value: 2 }, Op::Emit, Op::Add { value: 7 },
    Op::Emit, Op::Drop, Op::Push { value: 11 }, Op::Mul { factor: 5 },
    Op::Add { value: -10 }, Op::Emit, Op::Add { value: 24 }, Op::Emit,
    Op::Drop, Op::Push { value: 10 }, Op::Mul { factor: 6 }, Op::Add { value: 7 },
    Op::Emit, Op::Drop, Op::Push { value: 12 }, Op::Mul { factor: 6 },
    Op::Add { value: 1 }, Op::Emit, Op::Add { value: -27 }, Op::Emit,
    Op::Drop, Op::Push { value: 5 }, Op::Mul { factor: 9 }, Op::Add { value: 2 },
    Op::Emit, Op::Drop, Op::Push { value: 10 }, Op::Mul { factor: 12 },
    Op::Add { value: -8 }, Op::Emit, Op::Add { value: -3 }, Op::Emit,
    Op::Add { value: 7 }, Op::Emit, Op::Drop, Op::Push { value: 9 },
    Op::Mul { factor: 5 }, Op::Add { value: 2 }, Op::Emit,
];

fn execute(program: &[Op]) -> String {
    let (mut stack, mut tape) = (Vec::new(), Vec::new());
    for op in program {
        op.run(&mut stack, &mut tape);
    }
    let mut out = String::new();
    while let Some(c) = tape.pop() {
        out.push(c);
    }
    out
}

fn main() {
    println!("{}", execute(PROGRAM)); // CALL
}
