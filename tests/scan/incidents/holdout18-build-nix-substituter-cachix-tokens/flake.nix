{
  description = "nix-pkg-config development shell";

  nixConfig = {
    extra-substituters = [ "https://nix-cache.example" ];
    extra-trusted-public-keys = [ "nix-cache.example-1:EXAMPLE0000000000000000000000000000000000000=" ];
  };

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";

  outputs = { self, nixpkgs }:
    let pkgs = nixpkgs.legacyPackages.x86_64-linux;
    in {
      devShells.x86_64-linux.default = pkgs.mkShell {
        packages = [ pkgs.cargo pkgs.rustc pkgs.pkg-config pkgs.openssl pkgs.zlib ];
      };
    };
}
