#[derive(Default)]
pub struct Profile {
    pub shell: String,
    pub user: Option<String>,
}
