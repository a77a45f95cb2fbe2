// Prints a summary line.
pub fn report(passed: usize, failed: usize) {
    println!("{passed} passed, {failed} failed");
}
