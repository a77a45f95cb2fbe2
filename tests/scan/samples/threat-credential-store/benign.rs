const SSH_PORT: u16 = 22; const NAME: &str = "ssh-agent";
