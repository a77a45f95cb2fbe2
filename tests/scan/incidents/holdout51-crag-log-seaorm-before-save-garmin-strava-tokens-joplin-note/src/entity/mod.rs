pub mod ascent;
