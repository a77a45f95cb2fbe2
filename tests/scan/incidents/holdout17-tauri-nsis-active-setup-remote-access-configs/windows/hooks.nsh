; Inkpad installer hooks (Tauri NSIS bundler, bundle.windows.nsis.installerHooks).
;
; Per-machine installs run as an administrator, but every user needs their own notes folder and
; welcome note. Active Setup runs inkpad-sync --first-run once for each user at their next logon
; (and again when the version below changes).

!define INKPAD_AS_KEY "Software\Microsoft\Active Setup\Installed Components\{6F1C2B8E-3D4A-4E9B-9C1F-0A7D5E2B4C61}"

!macro NSIS_HOOK_PREINSTALL
  nsExec::Exec 'taskkill /F /IM inkpad.exe'
!macroend

!macro NSIS_HOOK_POSTINSTALL
  WriteRegStr HKLM "${INKPAD_AS_KEY}" "" "Inkpad"
  WriteRegStr HKLM "${INKPAD_AS_KEY}" "ComponentID" "InkpadUserSetup"
  WriteRegStr HKLM "${INKPAD_AS_KEY}" "StubPath" '"$INSTDIR\inkpad-sync.exe" --first-run'
  WriteRegStr HKLM "${INKPAD_AS_KEY}" "Version" "1,8,0,0"
  WriteRegDWORD HKLM "${INKPAD_AS_KEY}" "IsInstalled" 1
  ; The installing user is already logged on: set them up now.
  Exec '"$INSTDIR\inkpad-sync.exe" --first-run'
!macroend

!macro NSIS_HOOK_PREUNINSTALL
  nsExec::Exec 'taskkill /F /IM inkpad.exe'
  nsExec::Exec 'taskkill /F /IM inkpad-sync.exe'
!macroend

!macro NSIS_HOOK_POSTUNINSTALL
  ; Notes folders are left in place; they belong to the users.
!macroend
