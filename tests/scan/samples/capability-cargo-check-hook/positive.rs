//! A pre-push hook that runs the test suite.
pub const PRE_PUSH: &str = "#!/usr/bin/env bash\nset -eu\necho running tests\nexec cargo test --workspace && cargo doc --no-deps\n";
