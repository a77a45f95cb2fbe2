//! The simulation loop.

pub fn run(steps: u32) {
    for _ in 0..steps {
        crate::time::advance();
        if super::time::now() % 5 == 0 {
            println!("tick {}", crate::time::now());
        }
    }
}
