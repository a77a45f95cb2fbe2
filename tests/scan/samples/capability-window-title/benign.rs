// The program's own window, whose title it sets.
pub fn set_title(window: &winit::window::Window, document: &str) {
    window.set_title(&format!("{document} - Editor"));
}
