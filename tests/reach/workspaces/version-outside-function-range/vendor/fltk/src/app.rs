/// The application's event loop.
pub struct App {
    running: bool,
}

impl App {
    pub fn default() -> App {
        App { running: false }
    }

    pub fn run(mut self) -> Result<(), String> {
        self.running = true;
        Ok(())
    }
}
