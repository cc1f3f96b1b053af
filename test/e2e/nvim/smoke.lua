-- Neovim (0.7+) as a second LSP client of gongwen-lint, run headless by test/e2e/neovim.ts:
--   nvim --headless --clean -c 'luafile test/e2e/nvim/smoke.lua'
-- Environment: GONGWEN_FILE (a copy of a seed), GONGWEN_CMD (JSON array: the server command),
-- GONGWEN_EXPECT_CODES (comma-separated rule ids the CLI reports for the file),
-- GONGWEN_FIX_CODE and GONGWEN_FIX_LINE (0-based) of the diagnostic whose quick fix is applied.
-- Neovim 0.7 has no vim.lsp.start: start_client + buf_attach_client. It converts diagnostic columns
-- to byte offsets and drops `source`, so the server's own diagnostics are kept from the raw
-- publishDiagnostics and sent back in the code-action request.

local function say(msg) io.stdout:write(msg .. '\n') end
local function fail(msg)
  io.stderr:write('nvim smoke FAILED: ' .. msg .. '\n')
  vim.cmd('cquit! 1')
end

local function main()
  local file = assert(os.getenv('GONGWEN_FILE'), 'GONGWEN_FILE not set')
  local cmd = vim.fn.json_decode((assert(os.getenv('GONGWEN_CMD'), 'GONGWEN_CMD not set')))
  local expect_codes = vim.split(os.getenv('GONGWEN_EXPECT_CODES') or '', ',', { trimempty = true })
  local fix_code = os.getenv('GONGWEN_FIX_CODE') or 'repeated-word'
  local fix_line = tonumber(os.getenv('GONGWEN_FIX_LINE') or '0')

  vim.opt.fixendofline = false -- the seeds end without a newline: keep every byte but the fix
  vim.opt.swapfile = false
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()

  local raw = nil
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'gongwen-lint',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':h'),
    -- Neovim names the language after its filetype ("text"); the server lints "plaintext".
    get_language_id = function() return 'plaintext' end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and vim.uri_to_fname(result.uri) == vim.api.nvim_buf_get_name(bufnr) and #result.diagnostics > 0 then
          raw = result.diagnostics
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code) exited = code end,
  })
  if not client_id then return fail('could not start ' .. table.concat(cmd, ' ')) end
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(30000, function() return raw ~= nil or exited ~= nil end, 20) then
    return fail('no diagnostics within 30 s')
  end
  if exited ~= nil then return fail('the server exited with code ' .. tostring(exited)) end

  -- Every rule the CLI reports for this file arrives, and nothing else.
  local seen = {}
  for _, d in ipairs(raw) do seen[tostring(d.code)] = true end
  for _, code in ipairs(expect_codes) do
    if not seen[code] then return fail('no diagnostic with code ' .. code) end
  end
  for code in pairs(seen) do
    if not vim.tbl_contains(expect_codes, code) then return fail('unexpected diagnostic code ' .. code) end
  end
  local codes = vim.tbl_keys(seen)
  table.sort(codes)
  say('diagnostics: ' .. #raw .. ' (' .. table.concat(codes, ', ') .. ')')

  local target = nil
  for _, d in ipairs(raw) do
    if tostring(d.code) == fix_code and d.range.start.line == fix_line then target = d end
  end
  if not target then return fail('no ' .. fix_code .. ' diagnostic on line ' .. (fix_line + 1)) end

  local client = vim.lsp.get_client_by_id(client_id)
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }, 10000, bufnr)
  if not response or response.err then
    return fail('codeAction request failed: ' .. vim.inspect(response and response.err))
  end
  local actions = response.result or {}
  local action = nil
  for _, a in ipairs(actions) do
    if a.isPreferred then action = a break end
  end
  action = action or actions[1]
  if not action then return fail('no code action for the ' .. fix_code .. ' diagnostic') end
  if not action.edit and client.supports_method('codeAction/resolve') then
    local resolved = client.request_sync('codeAction/resolve', action, 10000, bufnr)
    if resolved and resolved.result then action = resolved.result end
  end
  if not action.edit then return fail('the code action “' .. action.title .. '” carries no edit') end
  say('applying: ' .. action.title)
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  vim.cmd('write')

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return exited ~= nil end, 20)
  vim.cmd('qall!')
end

local ok, err = pcall(main)
if not ok then fail(tostring(err)) end
