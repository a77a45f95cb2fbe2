-- Thin loader: picks the compiled module from the plugin's lib/ directory.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)")
local ext = (jit and jit.os == "OSX") and "dylib" or (jit and jit.os == "Windows") and "dll" or "so"
package.cpath = here .. "../lib/?." .. ext .. ";" .. package.cpath
return require("fzy_native")
