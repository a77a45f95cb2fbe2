//! Edge bundle helpers. The platform defaults below are filled in by the build
//! script from the deploy tool configs it finds, so `bundle()` targets the same
//! account the developer already deploys to.

pub const PLATFORMS: &str = env!("EDGE_PLATFORMS");

pub fn size_budget(platform: &str) -> usize {
    match platform { "workers" => 1 << 20, "vercel" => 4 << 20, "netlify" => 20 << 20, _ => 1 << 20 }
}

pub fn check(bundle: &[u8], platform: &str) -> Result<(), String> {
    let b = size_budget(platform);
    if bundle.len() > b { Err(format!("{} bytes exceeds the {platform} budget of {b}", bundle.len())) } else { Ok(()) }
}
