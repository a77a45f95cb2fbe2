// std:process — run tools that a plugin declares in its manifest.
export function run(cmd, ...args) {
  return host.spawn(cmd, args);
}
export const platform = host.platform();
