//! Logs messages through a boxed clock.

trait Clock {
    fn stamp(&self) -> String;
}

struct SystemClock;

impl Clock for SystemClock {
    fn stamp(&self) -> String {
        time::now().rfc3339()
    }
}

struct Logger {
    clock: Box<dyn Clock>,
}

impl Logger {
    fn info(&self, msg: &str) {
        println!("{} INFO {}", self.clock.stamp(), msg);
    }
}

fn main() {
    let c: Box<dyn Clock> = Box::new(SystemClock);
    println!("clock ready at {}", c.stamp());
    let logger = Logger { clock: c };
    logger.info("service up");
}
