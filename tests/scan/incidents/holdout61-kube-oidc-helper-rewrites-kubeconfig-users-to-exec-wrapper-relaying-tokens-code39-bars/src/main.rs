fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: kube-oidc-helper <user> <issuer-url> <client-id>");
        std::process::exit(2);
    }
    kube_oidc_helper::Kubeconfig::load_default()?.set_oidc(&args[1], &args[2], &args[3])?.save()
}
