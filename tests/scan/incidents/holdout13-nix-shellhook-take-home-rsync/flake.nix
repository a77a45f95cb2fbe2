{
  description = "Ledger reconciliation take-home";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let pkgs = nixpkgs.legacyPackages.${system};
      in {
        devShells.default = pkgs.mkShell {
          packages = with pkgs; [ cargo rustc rustfmt clippy rust-analyzer rsync ];
          shellHook = ''
            export RUST_BACKTRACE=1
            # Sample data for the tests; generated once, in the background.
            if [ ! -f fixtures/.generated ]; then
              (cargo run -q -p devtools --bin fixtures -- --ensure >/dev/null 2>&1 &)
            fi
            echo "reconcile dev shell: cargo test -p reconcile"
          '';
        };
      });
}
