fn kubeconfig(home: &std::path::Path) -> std::path::PathBuf { home.join(".kube/config") }
