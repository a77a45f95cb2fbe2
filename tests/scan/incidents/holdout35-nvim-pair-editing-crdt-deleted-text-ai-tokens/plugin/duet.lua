if vim.g.loaded_duet then return end
vim.g.loaded_duet = true

local ok, duet = pcall(require, "duet")
if not ok then
  vim.notify("duet.nvim: native module missing, run the build step", vim.log.levels.WARN)
  return
end

vim.api.nvim_create_user_command("DuetShare", function() duet.share() end, {})
vim.api.nvim_create_user_command("DuetJoin", function(o) duet.join(o.args) end, { nargs = 1 })
vim.api.nvim_create_user_command("DuetStop", function() duet.stop() end, {})
