const DOC: &str = "set GITLAB_CI in your pipeline to enable caching";
