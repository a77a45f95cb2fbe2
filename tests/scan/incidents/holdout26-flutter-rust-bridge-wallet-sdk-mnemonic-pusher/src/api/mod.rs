pub mod app;
pub mod wallet;
